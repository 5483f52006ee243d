import type { AudioState } from '../music/use-audio-player';
import type { Track } from '../music/api';
import type { EventDetail } from './room-cache';

export type Playback = NonNullable<EventDetail['nowPlaying']>;

/**
 * Where the track is at `now`: the server's `positionMs` was right when the playback was received (`anchor`);
 * while playing, the time since then is added (the server extrapolates the same way from the last command, so
 * after a pause or a seek this stays right where `now - startedAt` would not). Clamped to the track's length.
 */
export function positionAt(playback: Playback, anchor: number, now: number): number {
  const duration = playback.track?.durationMs ?? 0;
  const elapsed = playback.state === 'playing' ? Math.max(0, now - anchor) : 0;
  const position = Math.max(0, playback.positionMs + elapsed);
  return duration > 0 ? Math.min(position, duration) : position;
}

/**
 * What the viewer can do about the track playing: `control` (owner, hosts, and delegates on a device their
 * grant covers: `canControlPlayback` is computed per device by the server), `skip` (other members and listeners
 * vote to skip), or `none` (not in the event).
 */
export function controlMode(event: Pick<EventDetail, 'canControlPlayback' | 'myRole' | 'isListener'>): 'control' | 'skip' | 'none' {
  if (event.canControlPlayback) return 'control';
  return event.myRole !== null || event.isListener ? 'skip' : 'none';
}

/** "2 of 3 votes to skip" */
export const skipProgress = (votes: number, threshold: number): string => `${votes} of ${threshold} ${threshold === 1 ? 'vote' : 'votes'} to skip`;

/** The player tab's deck: the entry it loaded, its audio state and position, and whether that entry played to its end. */
export interface LocalDeck {
  entryId: string | null;
  state: AudioState;
  positionMs: number;
  ended: boolean;
}

export type PlayerStep =
  | { kind: 'none' }
  | { kind: 'stop' }
  | { kind: 'load'; entryId: string; track: Track; startMs: number; play: boolean }
  | { kind: 'pause'; atMs: number }
  | { kind: 'resume'; atMs: number }
  | { kind: 'seek'; toMs: number };

/** How far the tab may drift from the server's position before it seeks back. */
export const DRIFT_MS = 2_000;

/**
 * The player tab's state machine: what to do so that the local audio follows the server's playback (run on
 * every change of it: play, pause, seek, a new track, nothing left). `serverMs` is the server's position now.
 */
export function nextStep(server: Playback | null, local: LocalDeck, serverMs: number): PlayerStep {
  if (!server?.track || !server.entryId || server.state === 'stopped') return local.entryId ? { kind: 'stop' } : { kind: 'none' };
  if (local.entryId !== server.entryId) {
    return { kind: 'load', entryId: server.entryId, track: server.track, startMs: serverMs, play: server.state === 'playing' };
  }
  // The same entry: it ended here (the next one is on its way), or failed (the error is shown): nothing to redo.
  if (local.ended || local.state === 'error') return { kind: 'none' };
  const drifted = Math.abs(local.positionMs - serverMs) > DRIFT_MS;
  if (server.state === 'paused') {
    if (local.state === 'playing' || local.state === 'loading') return { kind: 'pause', atMs: serverMs };
    return drifted ? { kind: 'seek', toMs: serverMs } : { kind: 'none' };
  }
  if (local.state === 'paused' || local.state === 'idle') return { kind: 'resume', atMs: serverMs };
  if (local.state === 'loading') return { kind: 'none' };
  return drifted ? { kind: 'seek', toMs: serverMs } : { kind: 'none' };
}
