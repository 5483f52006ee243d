import { useCallback, useState } from 'react';
import { Outlet } from 'react-router';
import { sessionStore } from '../api/session-store';
import { useSessionKeeper } from '../session/session';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RouteFocus } from './RouteFocus';

/** Top of every route: restores and keeps the session, moves focus on navigation, and says so when the server is out of reach. */
export function Root() {
  const [bootError, setBootError] = useState<unknown>(null);
  useSessionKeeper(useCallback((error: unknown) => setBootError(error), []));
  if (bootError) {
    return (
      <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
        <h1 className="text-2xl font-bold">MusicRoom is out of reach</h1>
        <ErrorNotice error={bootError} />
        <Button
          onClick={() => {
            setBootError(null);
            sessionStore.signOut();
            window.location.reload();
          }}
        >
          Try again
        </Button>
      </main>
    );
  }
  return (
    <>
      <RouteFocus />
      <Outlet />
    </>
  );
}
