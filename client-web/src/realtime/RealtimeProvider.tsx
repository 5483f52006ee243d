import { createContext, useContext, useEffect, useEffectEvent, useSyncExternalStore, type ReactNode } from 'react';
import type { ServerToClientEvents } from '@contracts';
import type { ConnectionState, Realtime } from './connection';

const RealtimeContext = createContext<Realtime | null>(null);

export function RealtimeProvider({ realtime, children }: { realtime: Realtime; children: ReactNode }) {
  useEffect(() => realtime.start(), [realtime]);
  return <RealtimeContext value={realtime}>{children}</RealtimeContext>;
}

export function useRealtime(): Realtime {
  const realtime = useContext(RealtimeContext);
  if (!realtime) throw new Error('useRealtime needs a RealtimeProvider');
  return realtime;
}

export function useConnectionState(): ConnectionState {
  const realtime = useRealtime();
  return useSyncExternalStore(realtime.subscribe, realtime.getState);
}

/** Listens to one server event for as long as the component is mounted; the latest handler is always used. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): void {
  const { socket } = useRealtime();
  const onEvent = useEffectEvent((...args: Parameters<ServerToClientEvents[E]>) => (handler as (...a: typeof args) => void)(...args));
  useEffect(() => {
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => onEvent(...args);
    socket.on(event, listener as never);
    return () => {
      socket.off(event, listener as never);
    };
  }, [socket, event]);
}
