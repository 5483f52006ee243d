import { useState, type SyntheticEvent } from 'react';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { explainRefusal } from './licence-refusal';
import { useMusicSearch, usePropose, useProviders, type ProviderId } from './room-api';
import type { EventDetail } from './room-cache';

/** Music search with a provider picker; each result can be proposed to the queue. */
export function ProposeTrack({ event }: { event: EventDetail }) {
  const providers = useProviders();
  const [provider, setProvider] = useState<ProviderId | ''>('');
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const search = useMusicSearch(query, provider || undefined);
  const propose = usePropose(event);
  const refusal = propose.error ? explainRefusal(propose.error) : null;
  const onSubmit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    setQuery(draft.trim());
  };
  const options = [{ value: '', label: 'Default' }, ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))];
  return (
    <div>
      <form role="search" aria-label="Music" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
        <SelectField label="Provider" options={options} value={provider} onChange={(e) => setProvider(e.target.value as ProviderId | '')} />
        <TextField label="Search music" className="min-w-40 flex-1" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" variant="secondary" busy={search.isFetching}>
          Search
        </Button>
      </form>
      <ErrorNotice error={search.error} className="mt-2" />
      {refusal ? (
        <p role="alert" className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {refusal}
        </p>
      ) : (
        <ErrorNotice error={propose.error} className="mt-2" />
      )}
      {search.isSuccess && search.data.items.length === 0 && <p className="mt-2 text-zinc-700">Nothing found for “{query}”.</p>}
      <ul aria-label="Search results" className="mt-3 flex flex-col gap-2">
        {search.data?.items.map((track) => (
          <li key={`${track.provider}:${track.providerTrackId}`} className="flex items-center gap-3 rounded-lg border border-zinc-200 p-2">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{track.title}</p>
              <p className="truncate text-sm text-zinc-700">
                {track.artist} · {track.provider}
              </p>
            </div>
            <Button
              variant="secondary"
              busy={propose.isPending && propose.variables.providerTrackId === track.providerTrackId}
              onClick={() => propose.mutate(track)}
            >
              Propose<span className="sr-only"> {track.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
