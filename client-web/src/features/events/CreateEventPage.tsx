import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useCreateEvent } from './api';
import { emptyEventForm, eventFormSchema, toCreateEventBody, type EventFormValues } from './event-form';

const visibilityOptions = [
  { value: 'public', label: 'Public: listed, anyone can join' },
  { value: 'private', label: 'Private: only people you invite' },
];
const licenseOptions = [
  { value: 'everyone', label: 'Everyone in the room' },
  { value: 'invited', label: 'Only invited hosts and guests' },
];

export function CreateEventPage() {
  const create = useCreateEvent();
  const navigate = useNavigate();
  const form = useForm<EventFormValues>({ resolver: zodResolver(eventFormSchema), defaultValues: emptyEventForm });
  const limited = useRateLimited(create.error);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'denied'>('idle');
  const { errors } = form.formState;
  const useArea = useWatch({ control: form.control, name: 'useArea' });
  const useWindow = useWatch({ control: form.control, name: 'useWindow' });

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

  const onSubmit = form.handleSubmit((values) =>
    create.mutate(toCreateEventBody(values), {
      onSuccess: (event) => void navigate(`/events/${event.id}`),
      onError: (error) => applyFieldErrors(error, ['name', 'description'], form.setError),
    }),
  );

  return (
    <Page title="New event" narrow>
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <TextField label="Name" error={errors.name?.message} {...form.register('name')} />
        <TextField label="Description" error={errors.description?.message} {...form.register('description')} />
        <SelectField label="Visibility" options={visibilityOptions} {...form.register('visibility')} />
        <label className="flex min-h-11 items-center gap-2 text-sm text-zinc-800">
          <input type="checkbox" className="size-5" {...form.register('joinByLink')} />
          A private event can be joined with its code (as a guest)
        </label>
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

        <ErrorNotice error={create.error} />
        <Button type="submit" busy={create.isPending} disabled={limited}>
          Create the event
        </Button>
      </form>
    </Page>
  );
}
