import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { useForgotPassword } from './api';
import { AuthCard } from './AuthCard';
import { emailOnlySchema } from './schemas';

type Values = z.infer<typeof emailOnlySchema>;

export function ForgotPasswordPage() {
  const forgot = useForgotPassword();
  const form = useForm<Values>({ resolver: zodResolver(emailOnlySchema), defaultValues: { email: '' } });
  const limited = useRateLimited(forgot.error);
  const onSubmit = form.handleSubmit(({ email }) =>
    forgot.mutate(email, { onError: (error) => applyFieldErrors(error, ['email'], form.setError) }),
  );
  return (
    <AuthCard
      title="Forgot your password?"
      footer={
        <Link className="text-brand-700 underline" to="/sign-in">
          Back to sign in
        </Link>
      }
    >
      {forgot.isSuccess ? (
        <p role="status" className="text-zinc-800">
          If an account uses <strong>{form.getValues('email')}</strong>, a link to choose a new password is on its way. It expires in 30 minutes.
        </p>
      ) : (
        <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
          <p className="text-sm text-zinc-700">Enter your email address and we will send you a link to choose a new password.</p>
          <TextField label="Email" type="email" autoComplete="email" error={form.formState.errors.email?.message} {...form.register('email')} />
          <ErrorNotice error={forgot.error} />
          <Button type="submit" busy={forgot.isPending} disabled={limited}>
            Send the link
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
