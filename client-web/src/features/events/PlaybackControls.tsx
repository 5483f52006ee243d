import { useEffect, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { explainRefusal } from './licence-refusal';
import { clock } from '../music/TrackProgress';
import { controlMode, skipProgress } from './playback';
import { usePlaybackCommand, useSkipVote, useSkipVotes } from './playback-api';
import type { EventDetail } from './room-cache';
import { usePlaybackPosition } from './use-playback-live';

/** Remote controls for those allowed to control playback; the crowd-skip vote for everyone else in the event. */
export function PlaybackControls({ event }: { event: EventDetail }) {
  const mode = controlMode(event);
  if (mode === 'control') return <RemoteControls event={event} />;
  if (mode === 'skip') return <CrowdSkip event={event} />;
  return null;
}

/** How long the seek slider waits after the last change before it sends the position (arrows send a burst). */
const SEEK_SETTLE_MS = 400;

function RemoteControls({ event }: { event: EventDetail }) {
  const playback = event.nowPlaying;
  const track = playback?.track;
  const command = usePlaybackCommand(event.id);
  const position = usePlaybackPosition(playback);
  const [pending, setPending] = useState<{ entryId: string; ms: number } | null>(null);
  const entryId = playback?.entryId ?? null;

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => {
      command.mutate({ action: 'seek', positionMs: pending.ms }, { onSettled: () => setPending(null) });
    }, SEEK_SETTLE_MS);
    return () => clearTimeout(timer);
    // Only a new slider value restarts the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);

  const playing = playback?.state === 'playing';
  const shown = pending && pending.entryId === entryId ? pending.ms : position;
  return (
    <div className="mt-3" role="group" aria-label="Playback controls">
      <div className="flex flex-wrap gap-2">
        {playing ? (
          <Button busy={command.isPending && command.variables.action === 'pause'} onClick={() => command.mutate({ action: 'pause' })}>
            Pause
          </Button>
        ) : (
          <Button busy={command.isPending && command.variables.action === 'play'} onClick={() => command.mutate({ action: 'play' })}>
            Play
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={!entryId}
          busy={command.isPending && command.variables.action === 'next'}
          onClick={() => entryId && command.mutate({ action: 'next', fromEntryId: entryId })}
        >
          Next track
        </Button>
      </div>
      {track && entryId && (
        <label className="mt-3 flex items-center gap-2 text-xs text-zinc-700">
          <span className="sr-only">Seek in {track.title}</span>
          <span aria-hidden="true">{clock(shown)}</span>
          <input
            type="range"
            className="h-11 flex-1 accent-brand-700"
            min={0}
            max={track.durationMs}
            step={1000}
            value={Math.min(shown, track.durationMs)}
            aria-valuetext={`${clock(shown)} of ${clock(track.durationMs)}`}
            onChange={(e) => setPending({ entryId, ms: Number(e.currentTarget.value) })}
          />
          <span aria-hidden="true">{clock(track.durationMs)}</span>
        </label>
      )}
      <ErrorNotice error={command.error} className="mt-2" />
    </div>
  );
}

function CrowdSkip({ event }: { event: EventDetail }) {
  const entryId = event.nowPlaying?.track ? event.nowPlaying.entryId : null;
  const tally = useSkipVotes(event.id, entryId);
  const vote = useSkipVote(event);
  if (!entryId) return null;
  const voted = tally.data?.votedByMe ?? false;
  const refusal = vote.error ? explainRefusal(vote.error) : null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={voted}
        disabled={vote.isPending}
        onClick={() => vote.mutate({ entryId, skip: !voted })}
        className="min-h-11 rounded-lg border border-brand-700 px-4 text-sm font-semibold text-brand-800 disabled:opacity-60 aria-pressed:bg-brand-700 aria-pressed:text-white"
      >
        Vote to skip<span className="sr-only"> {event.nowPlaying?.track?.title}</span>
      </button>
      {tally.data && (
        <p className="text-sm text-zinc-700" data-testid="skip-progress" aria-live="polite">
          {skipProgress(tally.data.votes, tally.data.threshold)}
        </p>
      )}
      {refusal ? (
        <p role="alert" className="w-full rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {refusal}
        </p>
      ) : (
        <ErrorNotice error={vote.error} className="w-full" />
      )}
    </div>
  );
}
