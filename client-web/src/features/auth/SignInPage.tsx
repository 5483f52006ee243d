import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { asApiError } from '../../api/errors';
import { sessionStore } from '../../api/session-store';
import { useSession } from '../../session/session';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { applyFieldErrors } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { oauthStartUrl, useLogin, useOAuthProviders, useResendVerification } from './api';
import { AuthCard } from './AuthCard';
import { safeNext } from './safe-next';
import { signInSchema } from './schemas';

type Values = z.infer<typeof signInSchema>;

export function SignInPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { notice } = useSession();
  const login = useLogin();
  const resend = useResendVerification();
  const providers = useOAuthProviders();
  const form = useForm<Values>({ resolver: zodResolver(signInSchema), defaultValues: { email: params.get('email') ?? '', password: '' } });
  const limited = useRateLimited(login.error);
  const notVerified = login.error ? asApiError(login.error).code === 'EMAIL_NOT_VERIFIED' : false;

  const onSubmit = form.handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => {
        sessionStore.clearNotice();
        void navigate(safeNext(params.get('next')), { replace: true });
      },
      onError: (error) => applyFieldErrors(error, ['email', 'password'], form.setError),
    }),
  );

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          <Link className="text-brand-700 underline" to="/forgot-password">
            Forgot your password?
          </Link>
          <p>
            New to MusicRoom?{' '}
            <Link className="text-brand-700 underline" to="/sign-up">
              Create an account
            </Link>
          </p>
        </>
      }
    >
      {notice && (
        <p role="status" className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {notice}
        </p>
      )}
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        <TextField label="Email" type="email" autoComplete="email" error={form.formState.errors.email?.message} {...form.register('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.password?.message}
          {...form.register('password')}
        />
        <ErrorNotice error={login.error} />
        {notVerified && (
          <div className="rounded-lg bg-brand-50 p-3 text-sm">
            <p className="mb-2">Open the link in the mail we sent you, or get a new one.</p>
            <Button variant="secondary" busy={resend.isPending} disabled={resend.isSuccess} onClick={() => resend.mutate(form.getValues('email'))}>
              {resend.isSuccess ? 'Verification mail sent' : 'Resend the verification mail'}
            </Button>
            <ErrorNotice error={resend.error} className="mt-2" />
          </div>
        )}
        <Button type="submit" busy={login.isPending} disabled={limited}>
          Sign in
        </Button>
      </form>
      {providers.data && providers.data.length > 0 && (
        <div className="mt-5 border-t border-zinc-200 pt-4">
          <p className="mb-3 text-center text-sm text-zinc-700">Or continue with</p>
          <div className="flex flex-col gap-2">
            {providers.data.map((p) => (
              <a
                key={p.id}
                href={oauthStartUrl(p.id)}
                className="inline-flex min-h-11 items-center justify-center rounded-lg border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-zinc-100"
              >
                Sign in with {p.name}
              </a>
            ))}
          </div>
        </div>
      )}
    </AuthCard>
  );
}
