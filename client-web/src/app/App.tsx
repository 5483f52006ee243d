import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { refreshSession } from '../api/client';
import { sessionStore } from '../api/session-store';
import { createRealtime } from '../realtime/connection';
import { RealtimeProvider } from '../realtime/RealtimeProvider';
import { endSession } from '../session/session';
import { OfflineBanner } from '../ui/OfflineBanner';
import { Toaster } from '../ui/Toaster';
import { releasePrerendered } from './prerendered';
import { queryClient } from './query-client';

const SIGNED_OUT_ELSEWHERE = 'This device was signed out (from another device, or after a password change). Please sign in again.';

/** The whole app around a router: the browser's, or a memory router when the public screens are prerendered at build. */
export function App({ router }: { router: DataRouter }) {
  useEffect(releasePrerendered, []);
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
