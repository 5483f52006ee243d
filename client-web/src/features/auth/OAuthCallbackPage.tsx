import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useOAuthExchange } from './api';
import { AuthCard } from './AuthCard';
import { explainOAuthError } from './oauth-errors';
import { useOnce } from './use-once';

/** Where Google or 42 send the browser back: exchange the one-time code, or explain the `?error=`. */
export function OAuthCallbackPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const exchange = useOAuthExchange();
  const code = params.get('code');
  const error = params.get('error');
  const linked = params.get('linked');
  useOnce(() => {
    if (linked) void navigate(`/account?linked=${encodeURIComponent(linked)}`, { replace: true });
    else if (code && !error) exchange.mutate(code, { onSuccess: () => void navigate('/', { replace: true }) });
  });
  return (
    <AuthCard
      title={error ? 'Sign-in not completed' : 'Signing you in'}
      footer={
        <Link className="text-brand-700 underline" to="/sign-in">
          Back to sign in
        </Link>
      }
    >
      {error && (
        <p role="alert" className="text-zinc-800">
          {explainOAuthError(error)}
        </p>
      )}
      {!error && !code && !linked && <p role="alert">This page is where sign-in providers send you back; it was opened without a code.</p>}
      {!error && code && exchange.isPending && <p role="status">Finishing the sign-in…</p>}
      <ErrorNotice error={exchange.error} />
    </AuthCard>
  );
}
