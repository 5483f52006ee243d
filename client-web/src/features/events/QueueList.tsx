import { ErrorNotice } from '../../ui/ErrorNotice';
import { explainRefusal } from './licence-refusal';
import { useVote } from './room-api';
import type { EventDetail } from './room-cache';

/** The waiting tracks in server order, each with its score and the viewer's vote toggle. */
export function QueueList({ event }: { event: EventDetail }) {
  const vote = useVote(event);
  const refusal = vote.error ? explainRefusal(vote.error) : null;
  return (
    <>
      {refusal ? (
        <p role="alert" className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {refusal}
        </p>
      ) : (
        <ErrorNotice error={vote.error} className="mb-3" />
      )}
      {event.queue.length === 0 && <p className="text-zinc-700">The queue is empty. Propose the first track below.</p>}
      <ol aria-label="Queue" className="flex flex-col gap-2">
        {event.queue.map((entry, index) => (
          <li key={entry.id} data-testid="queue-entry" className="flex items-center gap-3 rounded-lg border border-zinc-200 bg-white p-3 transition-all">
            <span className="w-6 text-right text-sm text-zinc-600" aria-hidden="true">
              {index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className="truncate font-semibold">{entry.track.title}</p>
              <p className="truncate text-sm text-zinc-700">
                {entry.track.artist}
                {entry.proposedBy ? ` · proposed by ${entry.proposedBy.displayName}` : ''}
              </p>
            </div>
            <span data-testid="score" className="min-w-16 text-right text-sm font-semibold text-zinc-900">
              {entry.score} {entry.score === 1 ? 'vote' : 'votes'}
            </span>
            <button
              type="button"
              aria-pressed={entry.votedByMe}
              onClick={() => vote.mutate({ entryId: entry.id, vote: !entry.votedByMe })}
              className="min-h-11 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 aria-pressed:bg-brand-700 aria-pressed:text-white"
            >
              Vote<span className="sr-only"> for {entry.track.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
