import { TrackProgress } from '../music/TrackProgress';
import type { EventDetail } from './room-cache';
import { usePlaybackPosition } from './use-playback-live';

/** The track on the deck, playing or paused, with its progress extrapolated between the server's reports. */
export function NowPlaying({ playback }: { playback: EventDetail['nowPlaying'] }) {
  const position = usePlaybackPosition(playback);
  const track = playback?.track;
  if (!playback || !track) return <p className="text-zinc-700">Nothing is playing yet.</p>;
  return (
    <div data-testid="now-playing">
      <p className="font-semibold">{track.title}</p>
      <p className="text-sm text-zinc-700">
        {track.artist} · {playback.state === 'paused' ? 'paused' : 'playing'}
        {track.license ? ` · ${track.license}` : ''}
      </p>
      <TrackProgress title={track.title} positionMs={position} durationMs={track.durationMs} className="mt-2 gap-2 text-xs text-zinc-700" />
    </div>
  );
}
