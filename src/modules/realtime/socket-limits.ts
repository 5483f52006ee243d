import { takeToken, type TokenBucket } from '../../common/rate-limit/token-bucket';
import type { RealtimeSocket } from './socket-types';

export const SOCKET_EVENT_BURST = 20;
export const SOCKET_EVENTS_PER_SECOND = 10;
/** A client that keeps flooding after being refused this many times in a row is disconnected. */
export const MAX_CONSECUTIVE_REFUSALS = 100;

/**
 * Per-socket flood control on client events: over the rate, an event is dropped and its ack (if any)
 * answers RATE_LIMITED; a client that does not back off is disconnected.
 */
export function limitClientEvents(socket: RealtimeSocket, now: () => number = Date.now): void {
  const rate = { capacity: SOCKET_EVENT_BURST, perSecond: SOCKET_EVENTS_PER_SECOND };
  let bucket: TokenBucket | null = null;
  let refusals = 0;
  socket.use((packet, next) => {
    const taken = takeToken(bucket, rate, new Date(now()));
    if (taken.allowed) {
      bucket = taken.bucket;
      refusals = 0;
      next();
      return;
    }
    const ack: unknown = packet.at(-1);
    if (typeof ack === 'function') (ack as (r: unknown) => void)({ ok: false, code: 'RATE_LIMITED', message: 'Too many events; slow down.' });
    if (++refusals >= MAX_CONSECUTIVE_REFUSALS) socket.disconnect(true);
  });
}
