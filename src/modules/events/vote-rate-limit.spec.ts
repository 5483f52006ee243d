import { describe, expect, it } from 'vitest';
import { takeVoteToken, type TokenBucket } from './vote-rate-limit';

const limit = { votesPerMinute: 30, voteBurst: 3 };
const t0 = new Date('2026-06-21T20:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('vote token bucket', () => {
  it('allows a full burst, then refuses with the wait until the next token', () => {
    let bucket: TokenBucket | null = null;
    for (let i = 0; i < 3; i++) {
      const result = takeVoteToken(bucket, limit, t0);
      expect(result.allowed).toBe(true);
      if (result.allowed) bucket = result.bucket;
    }
    expect(takeVoteToken(bucket, limit, t0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('refills at the configured rate and never above the burst', () => {
    const empty: TokenBucket = { tokens: 0, refilledAt: t0 };
    expect(takeVoteToken(empty, limit, at(1)).allowed).toBe(false);
    expect(takeVoteToken(empty, limit, at(2))).toEqual({ allowed: true, bucket: { tokens: 0, refilledAt: at(2) } });
    expect(takeVoteToken(empty, limit, at(3600))).toEqual({ allowed: true, bucket: { tokens: 2, refilledAt: at(3600) } });
  });

  it('is off when the rate is 0', () => {
    const empty: TokenBucket = { tokens: 0, refilledAt: t0 };
    expect(takeVoteToken(empty, { votesPerMinute: 0, voteBurst: 1 }, t0).allowed).toBe(true);
  });

  it('does not refill backwards when another instance clock is behind', () => {
    const bucket: TokenBucket = { tokens: 0.5, refilledAt: at(10) };
    expect(takeVoteToken(bucket, limit, at(5))).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
