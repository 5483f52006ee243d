import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useSession } from '../session/session';
import { safeNext } from '../features/auth/safe-next';

function Splash() {
  return (
    <div role="status" className="flex min-h-dvh items-center justify-center text-zinc-700">
      Loading MusicRoom…
    </div>
  );
}

/** Signed-in screens: wait for the session to be restored, else go to sign-in and come back afterwards. */
export function RequireSession() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'unknown') return <Splash />;
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/**
 * Sign-in, sign-up …: a signed-in person goes straight on. Shown while the session is being restored (the visitor
 * of these screens is nearly always signed out), which is also what the build prerenders for them.
 */
export function GuestOnly() {
  const { status } = useSession();
  const [params] = useSearchParams();
  if (status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}
