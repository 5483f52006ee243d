import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@contracts';
import type { SessionStore } from '../api/session-store';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface RealtimeDeps {
  store: SessionStore;
  /** Resolves to the new session, or null when signed out. */
  refresh: () => Promise<object | null>;
  /** Called when the server ends this device's session (signed out elsewhere, password reset …). */
  onSessionRevoked: () => void;
  createSocket?: () => RealtimeSocket;
  online?: () => boolean;
}

const defaultSocket = (store: SessionStore): RealtimeSocket =>
  io({ path: '/socket.io', autoConnect: false, transports: ['websocket'], auth: (cb) => cb({ token: store.get().accessToken ?? '' }) });

/**
 * One socket per tab, typed with the server's realtime contract. It follows the session: connects when signed in,
 * hands the server each new access token before the old one expires (`auth.refresh`), refreshes and reconnects
 * after an expired token, and reports its state (connected / reconnecting / offline) for the shell.
 */
export function createRealtime({ store, refresh, onSessionRevoked, createSocket, online = () => navigator.onLine }: RealtimeDeps) {
  const socket = createSocket ? createSocket() : defaultSocket(store);
  let state: ConnectionState = 'idle';
  const listeners = new Set<() => void>();
  const setState = (next: ConnectionState) => {
    if (state === next) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const lost = () => setState(online() ? 'reconnecting' : 'offline');

  socket.on('connect', () => setState('connected'));
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') setState('idle');
    else lost();
  });
  socket.io.on('reconnect_attempt', lost);
  socket.on('connect_error', (error) => {
    lost();
    if (error.message !== 'UNAUTHENTICATED' || store.get().status !== 'signed-in') return;
    refresh().then((session) => session && socket.connect(), lost);
  });
  socket.on('session.ended', ({ reason }) => {
    if (reason === 'revoked') {
      onSessionRevoked();
      return;
    }
    // Expired: the server disconnects this socket; come back with a fresh token.
    refresh().then((session) => session && socket.connect(), lost);
  });

  let lastToken: string | null = null;
  const follow = () => {
    const { status, accessToken } = store.get();
    if (status !== 'signed-in' || !accessToken) {
      lastToken = null;
      if (socket.active) socket.disconnect();
      return;
    }
    if (accessToken === lastToken) return;
    lastToken = accessToken;
    if (socket.connected) {
      socket.emit('auth.refresh', { token: accessToken }, (ack) => {
        if (!ack.ok) socket.disconnect().connect();
      });
    } else if (!socket.active) {
      setState('connecting');
      socket.connect();
    }
  };

  return {
    socket,
    getState: (): ConnectionState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Starts following the session; returns the function that stops. */
    start(): () => void {
      const unsubscribe = store.subscribe(follow);
      const onNetwork = () => (online() ? socket.active && !socket.connected && setState('reconnecting') : setState('offline'));
      window.addEventListener('online', onNetwork);
      window.addEventListener('offline', onNetwork);
      follow();
      return () => {
        unsubscribe();
        window.removeEventListener('online', onNetwork);
        window.removeEventListener('offline', onNetwork);
        socket.disconnect();
      };
    },
  };
}

export type Realtime = ReturnType<typeof createRealtime>;
