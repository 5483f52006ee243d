import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRealtime } from './RealtimeProvider';
import type { Versioned } from './room-version';

/**
 * Subscribes the tab's socket to `room` (`event:<id>`, `playlist:<id>`) for as long as the screen is mounted, and
 * again after every reconnect. The ack carries the room's version: when it differs from the cached resource under
 * `key` (frames were missed while disconnected), or the subscription is refused, the resource is refetched.
 */
export function useRoomSubscription(room: string, key: QueryKey): void {
  const { socket } = useRealtime();
  const queryClient = useQueryClient();
  const keyHash = JSON.stringify(key);
  useEffect(() => {
    const queryKey = JSON.parse(keyHash) as QueryKey;
    const subscribe = () =>
      socket.emit('subscribe', { room }, (ack) => {
        const cached = queryClient.getQueryData<Versioned>(queryKey);
        if (!ack.ok || !cached || ack.version !== cached.version) void queryClient.invalidateQueries({ queryKey });
      });
    if (socket.connected) subscribe();
    socket.on('connect', subscribe);
    return () => {
      socket.off('connect', subscribe);
      if (socket.connected) socket.emit('unsubscribe', { room }, () => undefined);
    };
  }, [socket, room, keyHash, queryClient]);
}
