export interface TokenBucket {
  tokens: number;
  refilledAt: Date;
}

export interface VoteRateLimit {
  /** Refill rate; 0 turns the limit off. */
  votesPerMinute: number;
  /** Bucket size: how many votes may come in one burst. */
  voteBurst: number;
}

export type TakeResult = { allowed: true; bucket: TokenBucket } | { allowed: false; retryAfterSeconds: number };

/** Token bucket: refills continuously up to `voteBurst`, each vote or unvote takes one token. */
export function takeVoteToken(current: TokenBucket | null, limit: VoteRateLimit, now: Date): TakeResult {
  if (limit.votesPerMinute === 0) return { allowed: true, bucket: { tokens: limit.voteBurst, refilledAt: now } };
  const perMs = limit.votesPerMinute / 60_000;
  const elapsedMs = current ? Math.max(0, now.getTime() - current.refilledAt.getTime()) : 0;
  const available = current ? Math.min(limit.voteBurst, current.tokens + elapsedMs * perMs) : limit.voteBurst;
  // Never move the refill mark backwards (another instance's clock may be ahead): time would be counted twice.
  const refilledAt = current && current.refilledAt > now ? current.refilledAt : now;
  if (available >= 1) return { allowed: true, bucket: { tokens: available - 1, refilledAt } };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - available) / perMs / 1000)) };
}
