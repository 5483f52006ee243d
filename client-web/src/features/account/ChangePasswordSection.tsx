import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { Section } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { newPassword } from '../auth/schemas';
import { useChangePassword } from './api';

const schema = z.object({ currentPassword: z.string().min(1, 'Enter your current password.'), newPassword });
type Values = z.infer<typeof schema>;

export function ChangePasswordSection() {
  const change = useChangePassword();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { currentPassword: '', newPassword: '' } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (error) => applyFieldErrors(error, ['currentPassword', 'newPassword'], form.setError),
    }),
  );
  return (
    <Section title="Password">
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <TextField label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register('currentPassword')} />
        <TextField label="New password" type="password" autoComplete="new-password" error={errors.newPassword?.message} {...form.register('newPassword')} />
        <ErrorNotice error={change.error && !errors.newPassword && !errors.currentPassword ? change.error : null} />
        {change.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            Password changed. Your other devices were signed out.
          </p>
        )}
        <Button type="submit" busy={change.isPending} className="self-start">
          Change password
        </Button>
      </form>
    </Section>
  );
}
