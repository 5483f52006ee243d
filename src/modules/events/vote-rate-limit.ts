import { takeToken, type TokenBucket, type TokenRate } from '../../common/rate-limit/token-bucket';

export type { TokenBucket };

export interface VoteRateLimit {
  /** Refill rate; 0 turns the limit off. */
  votesPerMinute: number;
  /** Bucket size: how many votes may come in one burst. */
  voteBurst: number;
}

export type TakeResult = { allowed: true; bucket: TokenBucket } | { allowed: false; retryAfterSeconds: number };

/** The voter's bucket: `voteBurst` tokens refilled at `votesPerMinute`; null when the limit is off. */
export function voteTokenRate(limit: VoteRateLimit): TokenRate | null {
  return limit.votesPerMinute === 0 ? null : { capacity: limit.voteBurst, perSecond: limit.votesPerMinute / 60 };
}

/** Each vote or unvote takes one token of the voter's bucket in this event; a rate of 0 turns the limit off. */
export function takeVoteToken(current: TokenBucket | null, limit: VoteRateLimit, now: Date): TakeResult {
  const rate = voteTokenRate(limit);
  if (!rate) return { allowed: true, bucket: { tokens: limit.voteBurst, refilledAt: now } };
  const result = takeToken(current, rate, now);
  return result.allowed ? result : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) };
}
