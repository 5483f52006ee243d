import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Track } from './api';

export type AudioState = 'idle' | 'loading' | 'playing' | 'paused' | 'error';

export interface AudioPlayer {
  state: AudioState;
  /** The track loaded (playing, paused or loading), if any. */
  track: Track | null;
  positionMs: number;
  /** Why the last track could not play (blocked by the browser, unreachable, no audio). */
  error: string | null;
  /** Loads and plays `track` from `startMs`; resolves when it plays or failed (see `error`). */
  play: (track: Track, startMs?: number) => Promise<void>;
  pause: () => void;
  resume: () => Promise<void>;
  seek: (ms: number) => void;
  stop: () => void;
}

/** Audio a browser can play with an HTML audio element: bundled clips and providers' previews (not YouTube). */
export const playableUrl = (track: Track): string | null => track.previewUrl ?? null;

const reason = (error: unknown): string =>
  error instanceof DOMException && error.name === 'NotAllowedError'
    ? 'The browser blocked playback: press play again.'
    : 'This track’s audio could not be played.';

/**
 * One HTML audio element for a screen (created on mount, never in the DOM), driven by tracks: play, pause, resume,
 * seek and stop, with its state and position for the UI. `onEnded` runs when a track plays to its end.
 */
export function useAudioPlayer({ onEnded }: { onEnded?: (track: Track) => void } = {}): AudioPlayer {
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const [track, setTrack] = useState<Track | null>(null);
  const [state, setState] = useState<AudioState>('idle');
  const [positionMs, setPosition] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const trackRef = useRef<Track | null>(null);
  const ended = useEffectEvent(() => {
    if (trackRef.current) onEnded?.(trackRef.current);
  });

  useEffect(() => {
    const element = new Audio();
    element.preload = 'auto';
    element.addEventListener('playing', () => setState('playing'));
    element.addEventListener('pause', () => setState((s) => (s === 'playing' ? 'paused' : s)));
    element.addEventListener('timeupdate', () => setPosition(Math.round(element.currentTime * 1000)));
    element.addEventListener('ended', () => {
      setState('idle');
      ended();
    });
    element.addEventListener('error', () => {
      if (!element.getAttribute('src')) return;
      setState('error');
      setError('This track’s audio could not be loaded.');
    });
    audioRef.current = element;
    return () => {
      element.pause();
      element.removeAttribute('src');
      element.load();
      audioRef.current = null;
    };
  }, []);

  const start = async (element: HTMLAudioElement) => {
    try {
      await element.play();
    } catch (cause) {
      setState('error');
      setError(reason(cause));
    }
  };

  return {
    state,
    track,
    positionMs,
    error,
    play: async (next, startMs = 0) => {
      const url = playableUrl(next);
      trackRef.current = next;
      setTrack(next);
      setError(null);
      setPosition(startMs);
      if (!url) {
        setState('error');
        setError('This track has no audio a browser can play here.');
        return;
      }
      const element = audioRef.current;
      if (!element) return;
      setState('loading');
      if (element.src !== url) element.src = url;
      element.currentTime = startMs / 1000;
      await start(element);
    },
    pause: () => audioRef.current?.pause(),
    resume: async () => {
      if (audioRef.current) await start(audioRef.current);
    },
    seek: (ms) => {
      if (audioRef.current) audioRef.current.currentTime = ms / 1000;
      setPosition(ms);
    },
    stop: () => {
      audioRef.current?.pause();
      trackRef.current = null;
      setTrack(null);
      setState('idle');
      setPosition(0);
    },
  };
}
