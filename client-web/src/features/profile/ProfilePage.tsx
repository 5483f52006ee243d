import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { asApiError } from '../../api/errors';
import { useMe, type Me } from '../../session/use-me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page, Section } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { AiAvatarSection } from './AiAvatarSection';
import { useUpdateProfile } from './api';
import { AvatarEditor } from './AvatarEditor';
import { profileSchema, serverFieldMap, toFormValues, toUpdate, type ProfileValues } from './profile-form';
import { VisibilityPicker } from './VisibilityPicker';

function ProfileForm({ me }: { me: Me }) {
  const update = useUpdateProfile();
  const bioId = useId();
  const form = useForm<ProfileValues>({ resolver: zodResolver(profileSchema), defaultValues: toFormValues(me) });
  const { errors, isDirty } = form.formState;
  useEffect(() => {
    if (!isDirty) form.reset(toFormValues(me));
  }, [me, isDirty, form]);

  const onSubmit = form.handleSubmit((values) =>
    update.mutate(toUpdate(values), {
      onSuccess: (saved) => form.reset(toFormValues(saved)),
      onError: (error) => {
        for (const problem of asApiError(error).fieldProblems) {
          const field = serverFieldMap[problem.field];
          if (field) form.setError(field, { type: 'server', message: problem.messages.join(' ') });
        }
      },
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-2">
        <TextField label="Display name" error={errors.displayName?.message} {...form.register('displayName')} />
        <VisibilityPicker field="display name" registration={form.register('visibility.displayName')} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <label htmlFor={bioId} className="text-sm font-medium text-zinc-800">
          Bio
        </label>
        <textarea
          id={bioId}
          rows={4}
          aria-invalid={errors.bio ? true : undefined}
          aria-describedby={errors.bio ? `${bioId}-error` : undefined}
          className="rounded-lg border border-zinc-400 bg-white px-3 py-2"
          {...form.register('bio')}
        />
        {errors.bio && (
          <p id={`${bioId}-error`} className="text-sm text-red-800">
            {errors.bio.message}
          </p>
        )}
        <VisibilityPicker field="bio" registration={form.register('visibility.bio')} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <TextField label="Location" hint="A city, for example." error={errors.location?.message} {...form.register('location')} />
        <VisibilityPicker field="location" registration={form.register('visibility.location')} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <TextField label="Favourite genres" hint="Separate them with commas." error={errors.genres?.message} {...form.register('genres')} />
        <TextField label="Favourite artists" hint="Separate them with commas." error={errors.artists?.message} {...form.register('artists')} />
        <VisibilityPicker field="music preferences" registration={form.register('visibility.musicPreferences')} />
      </fieldset>
      <fieldset>
        <VisibilityPicker field="avatar" registration={form.register('visibility.avatar')} />
      </fieldset>
      <ErrorNotice error={update.error} />
      {update.isSuccess && !isDirty && (
        <p role="status" className="text-sm text-emerald-800">
          Profile saved.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" busy={update.isPending}>
          Save profile
        </Button>
        <Link to={`/users/${me.id}`} className="text-sm text-brand-700 underline">
          See my public profile
        </Link>
      </div>
    </form>
  );
}

export function ProfilePage() {
  const me = useMe();
  return (
    <Page title="Your profile">
      <ErrorNotice error={me.error} />
      {me.data && (
        <>
          <Section title="About you">
            <ProfileForm me={me.data} />
          </Section>
          <Section title="Avatar">
            <AvatarEditor me={me.data} />
          </Section>
          <Section title="AI avatar">
            <AiAvatarSection me={me.data} />
          </Section>
        </>
      )}
    </Page>
  );
}
