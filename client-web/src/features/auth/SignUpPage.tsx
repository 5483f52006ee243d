import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { useRegister } from './api';
import { AuthCard } from './AuthCard';
import { signUpSchema } from './schemas';

type Values = z.infer<typeof signUpSchema>;

export function SignUpPage() {
  const navigate = useNavigate();
  const register = useRegister();
  const form = useForm<Values>({ resolver: zodResolver(signUpSchema), defaultValues: { displayName: '', email: '', password: '' } });
  const limited = useRateLimited(register.error);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    register.mutate(values, {
      onSuccess: () => void navigate(`/check-inbox?email=${encodeURIComponent(values.email)}`),
      onError: (error) => applyFieldErrors(error, ['displayName', 'email', 'password'], form.setError),
    }),
  );

  return (
    <AuthCard
      title="Create your account"
      footer={
        <p>
          Already have an account?{' '}
          <Link className="text-brand-700 underline" to="/sign-in">
            Sign in
          </Link>
        </p>
      }
    >
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <TextField label="Display name" autoComplete="nickname" error={errors.displayName?.message} {...form.register('displayName')} />
        <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters; avoid common passwords."
          error={errors.password?.message}
          {...form.register('password')}
        />
        <ErrorNotice error={register.error && !errors.password && !errors.email && !errors.displayName ? register.error : null} />
        <Button type="submit" busy={register.isPending} disabled={limited}>
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
