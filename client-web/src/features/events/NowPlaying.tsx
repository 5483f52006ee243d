import { useEffect, useState } from 'react';
import type { EventDetail } from './room-cache';

type Playback = NonNullable<EventDetail['nowPlaying']>;

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Where the track is now: while playing, the time since `startedAt`; when paused, the reported position. */
export function progressAt(playback: Playback, now: number): number {
  const duration = playback.track?.durationMs ?? 0;
  const position = playback.state === 'playing' && playback.startedAt ? now - Date.parse(playback.startedAt) : playback.positionMs;
  return Math.min(Math.max(position, 0), duration);
}

export function NowPlaying({ playback }: { playback: EventDetail['nowPlaying'] }) {
  const [now, setNow] = useState(() => Date.now());
  const playing = playback?.state === 'playing';
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [playing]);
  const track = playback?.track;
  if (!playback || !track) return <p className="text-zinc-700">Nothing is playing yet.</p>;
  const position = progressAt(playback, now);
  return (
    <div data-testid="now-playing">
      <p className="font-semibold">{track.title}</p>
      <p className="text-sm text-zinc-700">
        {track.artist} · {playback.state === 'paused' ? 'paused' : 'playing'}
        {track.license ? ` · ${track.license}` : ''}
      </p>
      <div className="mt-2 flex items-center gap-2 text-xs text-zinc-700">
        <span>{clock(position)}</span>
        <progress className="h-2 flex-1" max={track.durationMs} value={position} aria-label={`Progress of ${track.title}`} />
        <span>{clock(track.durationMs)}</span>
      </div>
    </div>
  );
}
