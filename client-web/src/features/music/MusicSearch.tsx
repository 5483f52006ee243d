import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { trackKey, useMusicSearch, useProviders, type ProviderId, type Track } from './api';

export interface MusicSearchProps {
  /** The verb of each result's button ("Propose", "Add"); the track's title completes its accessible name. */
  actionLabel: string;
  onPick: (track: Track) => void;
  /** The track whose action is under way (its button shows busy). */
  busyTrack?: Track | undefined;
  disabled?: boolean;
  /** What the action's failure says, shown between the form and the results. */
  feedback?: ReactNode;
}

/** Music search with a provider picker; each result has one action (propose to a queue, add to a playlist). */
export function MusicSearch({ actionLabel, onPick, busyTrack, disabled = false, feedback }: MusicSearchProps) {
  const providers = useProviders();
  const [provider, setProvider] = useState<ProviderId | ''>('');
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const search = useMusicSearch(query, provider || undefined);
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
      {feedback}
      {search.isSuccess && search.data.items.length === 0 && <p className="mt-2 text-zinc-700">Nothing found for “{query}”.</p>}
      <ul aria-label="Search results" className="mt-3 flex flex-col gap-2">
        {search.data?.items.map((track) => (
          <li key={trackKey(track)} className="flex items-center gap-3 rounded-lg border border-zinc-200 p-2">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{track.title}</p>
              <p className="truncate text-sm text-zinc-700">
                {track.artist} · {track.provider}
              </p>
            </div>
            <Button variant="secondary" disabled={disabled} busy={busyTrack !== undefined && trackKey(busyTrack) === trackKey(track)} onClick={() => onPick(track)}>
              {actionLabel}
              <span className="sr-only"> {track.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
