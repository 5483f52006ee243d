import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { refreshSession } from '../api/client';
import { sessionStore } from '../api/session-store';
import { createRealtime } from '../realtime/connection';
import { RealtimeProvider } from '../realtime/RealtimeProvider';
import { endSession } from '../session/session';
import { OfflineBanner } from '../ui/OfflineBanner';
import { Toaster } from '../ui/Toaster';
import { queryClient } from './query-client';
import { routes } from './router';

const SIGNED_OUT_ELSEWHERE = 'This device was signed out (from another device, or after a password change). Please sign in again.';

export function App() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  const realtime = useMemo(() => createRealtime({ store: sessionStore, refresh: refreshSession, onSessionRevoked: () => endSession(SIGNED_OUT_ELSEWHERE) }), []);
  return (
    <QueryClientProvider client={queryClient}>
      <RealtimeProvider realtime={realtime}>
        <Toaster>
          <RouterProvider router={router} />
          <OfflineBanner />
        </Toaster>
      </RealtimeProvider>
    </QueryClientProvider>
  );
}
