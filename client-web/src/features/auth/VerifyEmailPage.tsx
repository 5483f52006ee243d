import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useVerifyEmail } from './api';
import { AuthCard } from './AuthCard';
import { useOnce } from './use-once';

/** The verification mail's link: confirms the address and signs the person in. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token');
  const verify = useVerifyEmail();
  useOnce(() => {
    if (token) verify.mutate(token, { onSuccess: () => void navigate('/?welcome=1', { replace: true }) });
  });
  return (
    <AuthCard
      title="Confirm your email"
      footer={
        <Link className="text-brand-700 underline" to="/sign-in">
          Go to sign in
        </Link>
      }
    >
      {!token && <p role="alert">This link is incomplete. Open the link from the mail again, or ask for a new one when you sign in.</p>}
      {token && verify.isPending && <p role="status">Confirming your email address…</p>}
      {verify.isError && (
        <>
          <ErrorNotice error={verify.error} />
          <p className="mt-3 text-sm text-zinc-700">Links work once and expire after 24 hours. Sign in to get a new one.</p>
        </>
      )}
    </AuthCard>
  );
}
