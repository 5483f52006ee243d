/** What a token bucket remembers; its owner keeps it (in memory for a socket, in a row for a voter). */
export interface TokenBucket {
  tokens: number;
  refilledAt: Date;
}

export interface TokenRate {
  /** Bucket size: how many takes may come in one burst. */
  capacity: number;
  /** Refill rate, continuous. */
  perSecond: number;
}

export type TokenTake = { allowed: true; bucket: TokenBucket } | { allowed: false; retryAfterMs: number };

/**
 * The one token bucket: refills continuously up to `capacity`, each take removes one token. Pure (time is passed
 * in); `null` is a full bucket. The refill mark never moves backwards (another instance's clock may be ahead):
 * time would be counted twice.
 */
export function takeToken(current: TokenBucket | null, rate: TokenRate, now: Date): TokenTake {
  const perMs = rate.perSecond / 1000;
  const elapsedMs = current ? Math.max(0, now.getTime() - current.refilledAt.getTime()) : 0;
  const available = current ? Math.min(rate.capacity, current.tokens + elapsedMs * perMs) : rate.capacity;
  const refilledAt = current && current.refilledAt > now ? current.refilledAt : now;
  if (available >= 1) return { allowed: true, bucket: { tokens: available - 1, refilledAt } };
  return { allowed: false, retryAfterMs: Math.ceil((1 - available) / perMs) };
}
