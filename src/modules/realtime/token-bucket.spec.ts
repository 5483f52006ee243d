import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses', () => {
    const bucket = new TokenBucket(3, 1, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
  });

  it('refills at its rate and never above its capacity', () => {
    const bucket = new TokenBucket(2, 2, 0);
    bucket.take(0);
    bucket.take(0);
    expect(bucket.take(100)).toBe(false);
    expect(bucket.take(600)).toBe(true);
    const idle = new TokenBucket(2, 2, 0);
    expect([idle.take(60_000), idle.take(60_000), idle.take(60_000)]).toEqual([true, true, false]);
  });
});
