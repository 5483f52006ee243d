import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { usePlaylists } from '../playlists/api';
import type { EventBody } from './api';
import { eventFormSchema, serverFieldAliases, toEventBody, type EventFormValues } from './event-form';

const visibilityOptions = [
  { value: 'public', label: 'Public: listed, anyone can join' },
  { value: 'private', label: 'Private: only people you invite' },
];
const licenseOptions = [
  { value: 'everyone', label: 'Everyone in the room' },
  { value: 'invited', label: 'Only invited hosts and guests' },
];

/**
 * The settings of a new or an existing event: who sees it and votes, an optional area and time window, and the
 * party settings (fallback playlist, maximum track length, skip threshold). The server's field problems land on
 * the fields they name.
 */
export function EventForm({
  defaultValues,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  defaultValues: EventFormValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: EventBody, setError: (e: unknown) => void) => void;
}) {
  const form = useForm<EventFormValues>({ resolver: zodResolver(eventFormSchema), defaultValues });
  const limited = useRateLimited(error);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'denied'>('idle');
  const { errors } = form.formState;
  const [useArea, useWindow, visibility] = useWatch({ control: form.control, name: ['useArea', 'useWindow', 'visibility'] });
  const playlists = usePlaylists('mine');

  const locate = () => {
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        form.setValue('lat', coords.latitude.toFixed(6), { shouldValidate: true });
        form.setValue('lng', coords.longitude.toFixed(6), { shouldValidate: true });
        setLocating('idle');
      },
      () => setLocating('denied'),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  const submit = form.handleSubmit((values) => onSubmit(toEventBody(values), (e) => applyFieldErrors(e, serverFieldAliases, form.setError)));

  const mine = playlists.data?.items ?? [];
  const saved = defaultValues.fallbackPlaylistId;
  const playlistOptions = [
    { value: '', label: 'None: the music stops when the queue is empty' },
    // A fallback someone else chose may be a playlist of theirs that this person can read but does not own.
    ...(saved && !mine.some((p) => p.id === saved) ? [{ value: saved, label: 'The playlist chosen now (not one of yours)' }] : []),
    ...mine.map((p) => ({ value: p.id, label: `${p.name} (${p.trackCount} ${p.trackCount === 1 ? 'track' : 'tracks'})` })),
  ];

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <TextField label="Name" error={errors.name?.message} {...form.register('name')} />
      <TextField label="Description" error={errors.description?.message} {...form.register('description')} />
      <SelectField label="Visibility" options={visibilityOptions} {...form.register('visibility')} />
      {visibility === 'private' && (
        <label className="flex min-h-11 items-center gap-2 text-sm text-zinc-800">
          <input type="checkbox" className="size-5" {...form.register('joinByLink')} />
          Anyone with the link or the code can join (as a guest)
        </label>
      )}
      <SelectField label="Who may vote" options={licenseOptions} {...form.register('voteLicense')} />

      <fieldset className="flex flex-col gap-3 rounded-lg border border-zinc-300 p-3">
        <legend className="px-1 text-sm font-semibold text-zinc-900">Area</legend>
        <label className="flex min-h-11 items-center gap-2 text-sm text-zinc-800">
          <input type="checkbox" className="size-5" {...form.register('useArea')} />
          Votes count only from people inside an area
        </label>
        {useArea && (
          <>
            <Button variant="secondary" onClick={locate} busy={locating === 'busy'}>
              Use my location
            </Button>
            {locating === 'denied' && (
              <p role="alert" className="text-sm text-red-800">
                Your browser did not share your location. Type the coordinates instead.
              </p>
            )}
            <div className="grid grid-cols-2 gap-3">
              <TextField label="Latitude" inputMode="decimal" error={errors.lat?.message} {...form.register('lat')} />
              <TextField label="Longitude" inputMode="decimal" error={errors.lng?.message} {...form.register('lng')} />
            </div>
            <TextField label="Radius (metres)" inputMode="numeric" error={errors.radiusMeters?.message} {...form.register('radiusMeters')} />
          </>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-zinc-300 p-3">
        <legend className="px-1 text-sm font-semibold text-zinc-900">Time window</legend>
        <label className="flex min-h-11 items-center gap-2 text-sm text-zinc-800">
          <input type="checkbox" className="size-5" {...form.register('useWindow')} />
          Votes count only between two times
        </label>
        {useWindow && (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <TextField label="Starts" type="datetime-local" error={errors.startsAt?.message} {...form.register('startsAt')} />
            <TextField label="Ends" type="datetime-local" error={errors.endsAt?.message} {...form.register('endsAt')} />
          </div>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-zinc-300 p-3">
        <legend className="px-1 text-sm font-semibold text-zinc-900">Party</legend>
        <SelectField
          label="Fallback playlist"
          hint="When the queue runs dry, tracks come from it, shuffled."
          options={playlistOptions}
          error={errors.fallbackPlaylistId?.message}
          {...form.register('fallbackPlaylistId')}
        />
        <ErrorNotice error={playlists.error} />
        <TextField
          label="Maximum track length (minutes)"
          inputMode="decimal"
          hint="Longer tracks cannot be proposed. Empty: no limit."
          error={errors.maxTrackMinutes?.message}
          {...form.register('maxTrackMinutes')}
        />
        <TextField
          label="Skip threshold (votes)"
          inputMode="numeric"
          hint="Skip votes that skip the playing track. Empty: half the connected listeners, at least 3."
          error={errors.skipThreshold?.message}
          {...form.register('skipThreshold')}
        />
      </fieldset>

      <ErrorNotice error={error} />
      <Button type="submit" busy={busy} disabled={limited}>
        {submitLabel}
      </Button>
    </form>
  );
}
