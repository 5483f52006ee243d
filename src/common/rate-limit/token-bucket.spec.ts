import { describe, expect, it } from 'vitest';
import { takeToken, type TokenBucket, type TokenRate } from './token-bucket';

const t0 = new Date('2026-06-21T20:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

/** Takes one token at each instant in turn, keeping the bucket: the answers in order. */
function takes(rate: TokenRate, instants: number[], start: TokenBucket | null = null): boolean[] {
  let bucket = start;
  return instants.map((ms) => {
    const result = takeToken(bucket, rate, at(ms));
    if (result.allowed) bucket = result.bucket;
    return result.allowed;
  });
}

describe('token bucket', () => {
  it('allows a burst up to its capacity, then refuses', () => {
    expect(takes({ capacity: 3, perSecond: 1 }, [0, 0, 0, 0])).toEqual([true, true, true, false]);
  });

  it('refills at its rate and never above its capacity', () => {
    expect(takes({ capacity: 2, perSecond: 2 }, [0, 0, 100, 600])).toEqual([true, true, false, true]);
    expect(takes({ capacity: 2, perSecond: 2 }, [60_000, 60_000, 60_000], { tokens: 0, refilledAt: t0 })).toEqual([true, true, false]);
  });

  it('tells how long until the next token', () => {
    expect(takeToken({ tokens: 0.25, refilledAt: t0 }, { capacity: 3, perSecond: 0.5 }, t0)).toEqual({ allowed: false, retryAfterMs: 1500 });
  });

  it('does not refill backwards when another instance clock is behind', () => {
    const bucket: TokenBucket = { tokens: 1.5, refilledAt: at(10_000) };
    expect(takeToken(bucket, { capacity: 3, perSecond: 0.5 }, at(5_000))).toEqual({ allowed: true, bucket: { tokens: 0.5, refilledAt: at(10_000) } });
  });
});
