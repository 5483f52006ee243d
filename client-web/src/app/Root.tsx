import { useCallback, useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { asApiError } from '../api/errors';
import { useSessionKeeper } from '../session/session';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RouteFocus } from './RouteFocus';

/**
 * The session could not be restored because the network or the server is out of reach. Offline (the service worker
 * served the app), it says so and carries on by itself when the network is back; the session is kept either way.
 */
function BootProblem({ error }: { error: unknown }) {
  const offline = asApiError(error).code === 'OFFLINE';
  useEffect(() => {
    const retry = () => window.location.reload();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
      <h1 className="text-2xl font-bold">{offline ? 'You are offline' : 'MusicRoom is out of reach'}</h1>
      <p>{offline ? 'MusicRoom needs the network to open your account. It continues by itself as soon as you are back online.' : 'Your session is kept: try again in a moment.'}</p>
      <ErrorNotice error={error} />
      <Button onClick={() => window.location.reload()}>Try again</Button>
    </main>
  );
}

/** Top of every route: restores and keeps the session, moves focus on navigation, and says so when the server is out of reach. */
export function Root() {
  const [bootError, setBootError] = useState<unknown>(null);
  useSessionKeeper(useCallback((error: unknown) => setBootError(error), []));
  if (bootError) return <BootProblem error={bootError} />;
  return (
    <>
      <RouteFocus />
      <Outlet />
    </>
  );
}
