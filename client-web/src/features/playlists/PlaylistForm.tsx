import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { playlistFormSchema, toPlaylistBody, type PlaylistFormValues } from './playlist-form';
import type { CreatePlaylistBody } from './api';

const visibilityOptions = [
  { value: 'public', label: 'Public: listed, anyone can open it' },
  { value: 'private', label: 'Private: only you and the people you invite' },
];
const licenseOptions = [
  { value: 'everyone', label: 'Everyone who can open it' },
  { value: 'invited', label: 'Only you and invited members' },
];

/** Name, description, visibility, edit licence and duplicates: the settings of a new or an existing playlist. */
export function PlaylistForm({
  defaultValues,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  defaultValues: PlaylistFormValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: CreatePlaylistBody, setError: (e: unknown) => void) => void;
}) {
  const form = useForm<PlaylistFormValues>({ resolver: zodResolver(playlistFormSchema), defaultValues });
  const limited = useRateLimited(error);
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) => onSubmit(toPlaylistBody(values), (e) => applyFieldErrors(e, ['name', 'description'], form.setError)));
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <TextField label="Name" error={errors.name?.message} {...form.register('name')} />
      <TextField label="Description" error={errors.description?.message} {...form.register('description')} />
      <SelectField label="Visibility" options={visibilityOptions} {...form.register('visibility')} />
      <SelectField label="Who may edit the tracks" options={licenseOptions} {...form.register('editLicense')} />
      <label className="flex min-h-11 items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" className="size-5" {...form.register('allowDuplicates')} />
        The same track may appear more than once
      </label>
      <ErrorNotice error={error} />
      <Button type="submit" busy={busy} disabled={limited}>
        {submitLabel}
      </Button>
    </form>
  );
}
