import { Button } from '../../ui/Button';
import { TrackProgress } from '../music/TrackProgress';
import type { usePlaylistPlayer } from './playlist-player';

/** Now playing in this tab, with play / pause, previous and next. */
export function PlaylistPlayer({ player, empty }: { player: ReturnType<typeof usePlaylistPlayer>; empty: boolean }) {
  const { audio } = player;
  const track = audio.track;
  const playing = audio.state === 'playing' || audio.state === 'loading';
  return (
    <div>
      {track ? (
        <div data-testid="playlist-now-playing">
          <p className="font-semibold">{track.title}</p>
          <p className="text-sm text-zinc-700">
            {track.artist} · {audio.state === 'paused' ? 'paused' : audio.state === 'error' ? 'not playing' : 'playing'}
            {track.license ? ` · ${track.license}` : ''}
          </p>
          <TrackProgress title={track.title} positionMs={audio.positionMs} durationMs={track.durationMs} className="mt-2 gap-2 text-xs text-zinc-700" />
        </div>
      ) : (
        <p className="text-zinc-700">{empty ? 'Add tracks to play the playlist.' : 'Play the playlist in this browser, from the top or from any track.'}</p>
      )}
      {audio.error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {audio.error}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {!track && (
          <Button disabled={empty} onClick={player.playAll}>
            Play the playlist
          </Button>
        )}
        {track && (
          <>
            <Button variant="secondary" onClick={player.previous}>
              Previous track
            </Button>
            {playing ? (
              <Button onClick={audio.pause}>Pause</Button>
            ) : (
              <Button onClick={() => void (audio.state === 'paused' ? audio.resume() : audio.play(track))}>Play</Button>
            )}
            <Button variant="secondary" onClick={player.next}>
              Next track
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
