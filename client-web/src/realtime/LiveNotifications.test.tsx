import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createSessionStore } from '../api/session-store';
import { peopleKeys } from '../features/people/api';
import { FakeSocket } from '../test/fake-socket';
import { Toaster } from '../ui/Toaster';
import { createRealtime } from './connection';
import { LiveNotifications } from './LiveNotifications';
import { RealtimeProvider } from './RealtimeProvider';

/** Shows how many incoming requests the cache holds, like the shell's badge. */
function IncomingBadge({ fetchCount }: { fetchCount: () => Promise<number> }) {
  const { data } = useQuery({ queryKey: peopleKeys.requests('incoming'), queryFn: fetchCount });
  return <p>incoming: {data ?? '…'}</p>;
}

/** The shell (and so LiveNotifications) only exists for a signed-in person; the socket is made at sign-in. */
function signedIn() {
  const store = createSessionStore();
  store.signIn({ accessToken: 't1', expiresIn: 900, user: { id: 'u1' } });
  return store;
}

describe('live notifications', () => {
  it('a friend.request frame refetches the incoming requests and shows a toast', async () => {
    const socket = new FakeSocket();
    const realtime = createRealtime({ store: signedIn(), refresh: () => Promise.resolve(null), onSessionRevoked: () => undefined, createSocket: () => socket.asSocket() });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    let server = 0;
    const fetchCount = vi.fn(() => Promise.resolve(server));

    render(
      <QueryClientProvider client={client}>
        <RealtimeProvider realtime={realtime}>
          <Toaster>
            <LiveNotifications />
            <IncomingBadge fetchCount={fetchCount} />
          </Toaster>
        </RealtimeProvider>
      </QueryClientProvider>,
    );
    await screen.findByText('incoming: 0');
    expect(socket.listeners('notification')).toBe(1);

    server = 1;
    act(() => socket.serverEmit('notification', { room: 'user:u1', version: 0, at: new Date().toISOString(), type: 'friend.request', requestId: 'r1', fromUserId: 'u2' }));

    await screen.findByText('incoming: 1');
    expect(fetchCount).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toHaveTextContent('You have a new friend request.');
  });

  it('ignores notification types it does not know, and stops listening when unmounted', async () => {
    const socket = new FakeSocket();
    const realtime = createRealtime({ store: signedIn(), refresh: () => Promise.resolve(null), onSessionRevoked: () => undefined, createSocket: () => socket.asSocket() });
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const view = render(
      <QueryClientProvider client={client}>
        <RealtimeProvider realtime={realtime}>
          <LiveNotifications />
        </RealtimeProvider>
      </QueryClientProvider>,
    );
    act(() => socket.serverEmit('notification', { room: 'user:u1', version: 0, at: '', type: 'something.new' }));
    expect(invalidate).not.toHaveBeenCalled();
    view.unmount();
    await waitFor(() => expect(socket.listeners('notification')).toBe(0));
  });
});
