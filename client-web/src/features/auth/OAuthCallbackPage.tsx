import { useEffect, useEffectEvent, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../session/session';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useConfirmLink, useOAuthExchange } from './api';
import { AuthCard } from './AuthCard';
import { explainOAuthError } from './oauth-errors';

/**
 * Where Google or 42 send the browser back. Sign-in: exchange the one-time `code` for a session. Linking: confirm
 * the `linkCode` as the signed-in user (the server checks it is the account that started the link). `?error=` is
 * explained. Each code is single-use, so each is spent at most once per visit.
 */
export function OAuthCallbackPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { status } = useSession();
  const exchange = useOAuthExchange();
  const confirm = useConfirmLink();
  const code = params.get('code');
  const linkCode = params.get('linkCode');
  const error = params.get('error');
  const spent = useRef(false);

  const act = useEffectEvent(() => {
    if (spent.current || error) return;
    if (code) {
      spent.current = true;
      exchange.mutate(code, { onSuccess: () => void navigate('/', { replace: true }) });
    } else if (linkCode && status === 'signed-in') {
      spent.current = true;
      confirm.mutate(linkCode, { onSuccess: () => void navigate('/account?linked=1', { replace: true }) });
    }
  });
  useEffect(() => act(), [status]);

  const here = `/oauth/callback?linkCode=${encodeURIComponent(linkCode ?? '')}`;
  return (
    <AuthCard
      title={error ? 'Sign-in not completed' : linkCode ? 'Linking your account' : 'Signing you in'}
      footer={
        <Link className="text-brand-700 underline" to={linkCode ? '/account' : '/sign-in'}>
          {linkCode ? 'Back to your account' : 'Back to sign in'}
        </Link>
      }
    >
      {error && (
        <p role="alert" className="text-zinc-800">
          {explainOAuthError(error)}
        </p>
      )}
      {!error && !code && !linkCode && <p role="alert">This page is where sign-in providers send you back; it was opened without a code.</p>}
      {!error && (exchange.isPending || confirm.isPending) && <p role="status">Finishing…</p>}
      {!error && linkCode && status === 'signed-out' && (
        <p role="alert">
          Sign in to the MusicRoom account that started the link, then it is confirmed.{' '}
          <Link className="text-brand-700 underline" to={`/sign-in?next=${encodeURIComponent(here)}`}>
            Sign in
          </Link>
        </p>
      )}
      <ErrorNotice error={exchange.error ?? confirm.error} />
    </AuthCard>
  );
}
