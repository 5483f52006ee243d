import { useEffect, useRef, useState } from 'react';
import { playableUrl, useAudioPlayer } from '../music/use-audio-player';
import type { PlaylistEntry } from './playlist-cache';

/**
 * The entry to play after (or before) the current one, skipping tracks without browser audio. When the current
 * entry left the playlist meanwhile, the search goes on from the place it had (`lastIndex`).
 */
export function neighbourToPlay(entries: PlaylistEntry[], currentId: string | null, lastIndex: number, direction: 1 | -1): PlaylistEntry | null {
  const at = entries.findIndex((e) => e.id === currentId);
  const start = at >= 0 ? at + direction : direction === 1 ? lastIndex : lastIndex - 1;
  for (let i = start; i >= 0 && i < entries.length; i += direction) {
    const entry = entries[i]!;
    if (playableUrl(entry.track)) return entry;
  }
  return null;
}

/** Plays a playlist in this tab, in its current order (which others may change while it plays). */
export function usePlaylistPlayer(entries: PlaylistEntry[]) {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const at = entries.findIndex((e) => e.id === currentId);
  useEffect(() => {
    if (at >= 0) lastIndex.current = at;
  }, [at]);

  // `onEnded` runs with the latest render's entries (the audio hook calls it through an effect event).
  const audio = useAudioPlayer({ onEnded: () => step(1, true) });
  const playEntry = (entry: PlaylistEntry) => {
    setCurrentId(entry.id);
    void audio.play(entry.track);
  };
  const step = (direction: 1 | -1, ended = false) => {
    const next = neighbourToPlay(entries, currentId, lastIndex.current, direction);
    if (next) playEntry(next);
    else if (ended) {
      setCurrentId(null);
      audio.stop();
    }
  };
  const playAll = () => {
    const first = neighbourToPlay(entries, null, 0, 1);
    if (first) playEntry(first);
  };
  return { audio, currentId, playEntry, playAll, next: () => step(1), previous: () => step(-1) };
}
