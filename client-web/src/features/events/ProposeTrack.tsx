import { MusicSearch } from '../music/MusicSearch';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { explainRefusal } from './licence-refusal';
import { usePropose } from './room-api';
import type { EventDetail } from './room-cache';

/** Music search with a provider picker; each result can be proposed to the queue. */
export function ProposeTrack({ event }: { event: EventDetail }) {
  const propose = usePropose(event);
  const refusal = propose.error ? explainRefusal(propose.error) : null;
  const feedback = refusal ? (
    <p role="alert" className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      {refusal}
    </p>
  ) : (
    <ErrorNotice error={propose.error} className="mt-2" />
  );
  return <MusicSearch actionLabel="Propose" onPick={(track) => propose.mutate(track)} busyTrack={propose.isPending ? propose.variables : undefined} feedback={feedback} />;
}
