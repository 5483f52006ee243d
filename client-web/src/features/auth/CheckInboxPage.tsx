import { Link, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorNotice, useRateLimited } from '../../ui/ErrorNotice';
import { useResendVerification } from './api';
import { AuthCard } from './AuthCard';

export function CheckInboxPage() {
  const [params] = useSearchParams();
  const email = params.get('email') ?? '';
  const resend = useResendVerification();
  const limited = useRateLimited(resend.error);
  return (
    <AuthCard
      title="Check your inbox"
      footer={
        <Link className="text-brand-700 underline" to={`/sign-in?email=${encodeURIComponent(email)}`}>
          Back to sign in
        </Link>
      }
    >
      <p className="mb-4 text-zinc-800">
        We sent a link to <strong>{email || 'your email address'}</strong>. Open it to confirm your address and finish creating your account. The
        link works once and expires in 24 hours.
      </p>
      {email && (
        <>
          <Button variant="secondary" busy={resend.isPending} disabled={limited} onClick={() => resend.mutate(email)}>
            Resend the mail
          </Button>
          {resend.isSuccess && (
            <p role="status" className="mt-3 text-sm text-emerald-800">
              If that address needs confirming, a new link is on its way.
            </p>
          )}
          <ErrorNotice error={resend.error} className="mt-3" />
        </>
      )}
    </AuthCard>
  );
}
