import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@contracts';
import type { SessionStore } from '../api/session-store';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * What screens use of the socket: listen, stop listening, emit, and whether it is connected. It exists before the
 * Socket.IO client is loaded (that happens at the first sign-in): listeners added earlier are attached when the
 * socket is created, and an emit while there is no socket is dropped (nothing is connected then; subscribe on
 * `connect`, as `useRoomLive` does).
 */
export interface RealtimeChannel {
  readonly connected: boolean;
  on: RealtimeSocket['on'];
  off: RealtimeSocket['off'];
  emit: RealtimeSocket['emit'];
}

export interface RealtimeDeps {
  store: SessionStore;
  /** Resolves to the new session, or null when signed out. */
  refresh: () => Promise<object | null>;
  /** Called when the server ends this device's session (signed out elsewhere, password reset …). */
  onSessionRevoked: () => void;
  /** Makes the socket, once, at the first sign-in; by default it loads the Socket.IO client (its own chunk). */
  createSocket?: () => RealtimeSocket | Promise<RealtimeSocket>;
  online?: () => boolean;
}

/** Socket.IO is imported dynamically, so signed-out screens never download it. */
const loadDefaultSocket = async (store: SessionStore): Promise<RealtimeSocket> => {
  const { io } = await import('socket.io-client');
  return io({ path: '/socket.io', autoConnect: false, transports: ['websocket'], auth: (cb) => cb({ token: store.get().accessToken ?? '' }) });
};

type AnyListener = (...args: never[]) => void;

/**
 * One socket per tab, typed with the server's realtime contract. It follows the session: connects when signed in,
 * hands the server each new access token before the old one expires (`auth.refresh`), refreshes and reconnects
 * after an expired token, and reports its state (connected / reconnecting / offline) for the shell.
 */
export function createRealtime({ store, refresh, onSessionRevoked, createSocket, online = () => navigator.onLine }: RealtimeDeps) {
  let socket: RealtimeSocket | null = null;
  let loading = false;
  let running = false;
  let state: ConnectionState = 'idle';
  const listeners = new Set<() => void>();
  const setState = (next: ConnectionState) => {
    if (state === next) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const lost = () => setState(online() ? 'reconnecting' : 'offline');

  // The screens' listeners, kept so that they can be attached to a socket created later.
  const channelListeners = new Map<string, Set<AnyListener>>();
  const channel = {
    get connected() {
      return socket?.connected ?? false;
    },
    on(event: string, listener: AnyListener) {
      const set = channelListeners.get(event) ?? new Set<AnyListener>();
      set.add(listener);
      channelListeners.set(event, set);
      (socket as { on: (e: string, l: AnyListener) => void } | null)?.on(event, listener);
      return channel;
    },
    off(event: string, listener: AnyListener) {
      channelListeners.get(event)?.delete(listener);
      (socket as { off: (e: string, l: AnyListener) => void } | null)?.off(event, listener);
      return channel;
    },
    emit(event: string, ...args: unknown[]) {
      (socket as { emit: (e: string, ...a: unknown[]) => void } | null)?.emit(event, ...args);
      return channel;
    },
  } as unknown as RealtimeChannel;

  const wire = (made: RealtimeSocket) => {
    made.on('connect', () => setState('connected'));
    made.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') setState('idle');
      else lost();
    });
    made.io.on('reconnect_attempt', lost);
    made.on('connect_error', (error) => {
      lost();
      if (error.message !== 'UNAUTHENTICATED' || store.get().status !== 'signed-in') return;
      refresh().then((session) => session && made.connect(), lost);
    });
    made.on('session.ended', ({ reason }) => {
      if (reason === 'revoked') {
        onSessionRevoked();
        return;
      }
      // Expired: the server disconnects this socket; come back with a fresh token.
      refresh().then((session) => session && made.connect(), lost);
    });
    const plain = made as unknown as { on: (e: string, l: AnyListener) => void };
    for (const [event, set] of channelListeners) for (const listener of set) plain.on(event, listener);
    socket = made;
  };

  let lastToken: string | null = null;
  const follow = () => {
    const { status, accessToken } = store.get();
    if (status !== 'signed-in' || !accessToken) {
      lastToken = null;
      if (socket?.active) socket.disconnect();
      setState('idle');
      return;
    }
    if (!socket) {
      setState('connecting');
      if (loading) return;
      const made = (createSocket ?? (() => loadDefaultSocket(store)))();
      if (!(made instanceof Promise)) {
        wire(made);
      } else {
        loading = true;
        made.then(
          (loaded) => {
            loading = false;
            wire(loaded);
            if (running) follow();
          },
          // The chunk did not load (offline, or a deploy replaced it): try again on the next token or network change.
          () => {
            loading = false;
            lost();
          },
        );
        return;
      }
    }
    if (accessToken === lastToken) return;
    lastToken = accessToken;
    const current = socket!;
    if (current.connected) {
      current.emit('auth.refresh', { token: accessToken }, (ack) => {
        if (!ack.ok) current.disconnect().connect();
      });
    } else if (!current.active) {
      setState('connecting');
      current.connect();
    }
  };

  return {
    /** The tab's socket as screens use it (listeners added before it exists are kept). */
    socket: channel,
    getState: (): ConnectionState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Starts following the session; returns the function that stops. */
    start(): () => void {
      running = true;
      const unsubscribe = store.subscribe(follow);
      const onNetwork = () => {
        if (!online()) setState('offline');
        else if (!socket) follow();
        else if (socket.active && !socket.connected) setState('reconnecting');
      };
      window.addEventListener('online', onNetwork);
      window.addEventListener('offline', onNetwork);
      follow();
      return () => {
        running = false;
        unsubscribe();
        window.removeEventListener('online', onNetwork);
        window.removeEventListener('offline', onNetwork);
        socket?.disconnect();
        lastToken = null;
      };
    },
  };
}

export type Realtime = ReturnType<typeof createRealtime>;
