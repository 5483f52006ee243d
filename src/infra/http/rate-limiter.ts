import { systemClock, type Clock } from '../../common/time/clock';

export interface RateLimit {
  /** At most `limit` calls start in any window of `intervalMs`. */
  limit: number;
  intervalMs: number;
  /** A call that would have to wait longer than this is refused instead of queued. */
  maxWaitMs: number;
}

export class RateLimitExceededError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Rate limit reached; next slot in ${retryAfterMs} ms`);
    this.name = 'RateLimitExceededError';
  }
}

/**
 * Sliding-window limiter that queues callers: each call reserves the earliest start time that keeps every
 * window under the limit, then sleeps until it. Reservations are taken synchronously, so concurrent callers
 * never share a slot.
 */
export class RateLimiter {
  /** Start times (past and reserved), ascending. */
  private readonly starts: number[] = [];

  constructor(
    private readonly rate: RateLimit,
    private readonly clock: Clock = systemClock,
  ) {}

  async acquire(): Promise<void> {
    const { limit, intervalMs, maxWaitMs } = this.rate;
    const now = this.clock.nowMs();
    while (this.starts.length > 0 && this.starts[0] <= now - intervalMs) this.starts.shift();
    const last = this.starts.at(-1) ?? now;
    const start =
      this.starts.length < limit ? now : Math.max(now, last, this.starts[this.starts.length - limit] + intervalMs);
    const wait = start - now;
    if (wait > maxWaitMs) throw new RateLimitExceededError(wait);
    this.starts.push(start);
    if (wait > 0) await this.clock.sleep(wait);
  }
}
