import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock';
import { RateLimiter, RateLimitExceededError } from './rate-limiter';

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('RateLimiter', () => {
  it('lets `limit` calls start at once and queues the next until the window slides', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 3, intervalMs: 1_000, maxWaitMs: 5_000 }, clock);
    const started: number[] = [];
    const calls = Array.from({ length: 5 }, () => limiter.acquire().then(() => started.push(clock.nowMs())));
    await flush();
    expect(started).toHaveLength(3);
    clock.advance(999);
    await flush();
    expect(started).toHaveLength(3);
    clock.advance(1);
    await Promise.all(calls);
    expect(started).toEqual([1_000_000, 1_000_000, 1_000_000, 1_001_000, 1_001_000]);
  });

  it('never lets more than `limit` calls start in any window', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 2, intervalMs: 100, maxWaitMs: 10_000 }, clock);
    const started: number[] = [];
    const calls = Array.from({ length: 9 }, () => limiter.acquire().then(() => started.push(clock.nowMs())));
    for (let i = 0; i < 10; i++) {
      await flush();
      clock.advance(50);
    }
    await Promise.all(calls);
    for (const t of started) expect(started.filter((s) => s > t - 100 && s <= t).length).toBeLessThanOrEqual(2);
  });

  it('refuses a call that would wait longer than maxWaitMs, saying when to retry', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 1, intervalMs: 5_000, maxWaitMs: 1_000 }, clock);
    await limiter.acquire();
    const refused = await limiter.acquire().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitExceededError);
    expect((refused as RateLimitExceededError).retryAfterMs).toBe(5_000);
  });
});
