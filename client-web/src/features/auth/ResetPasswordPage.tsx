import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { useResetPassword } from './api';
import { AuthCard } from './AuthCard';
import { resetSchema } from './schemas';

type Values = z.infer<typeof resetSchema>;

/** The reset mail's link: choose a new password (every session of the account ends). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const reset = useResetPassword();
  const form = useForm<Values>({ resolver: zodResolver(resetSchema), defaultValues: { password: '', confirm: '' } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(({ password }) =>
    reset.mutate({ token: token ?? '', password }, { onError: (error) => applyFieldErrors(error, ['password'], form.setError) }),
  );
  const footer = (
    <Link className="text-brand-700 underline" to="/sign-in">
      Back to sign in
    </Link>
  );
  if (!token) {
    return (
      <AuthCard title="Choose a new password" footer={footer}>
        <p role="alert">This link is incomplete. Open the link from the mail again, or ask for a new one.</p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" footer={footer}>
      {reset.isSuccess ? (
        <div role="status">
          <p className="mb-3">Your password is changed. For your safety, every device was signed out.</p>
          <Link className="font-semibold text-brand-700 underline" to="/sign-in">
            Sign in with your new password
          </Link>
        </div>
      ) : (
        <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
          <TextField label="New password" type="password" autoComplete="new-password" error={errors.password?.message} {...form.register('password')} />
          <TextField label="Repeat the new password" type="password" autoComplete="new-password" error={errors.confirm?.message} {...form.register('confirm')} />
          <ErrorNotice error={reset.error && !errors.password ? reset.error : null} />
          <Button type="submit" busy={reset.isPending}>
            Set the new password
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
