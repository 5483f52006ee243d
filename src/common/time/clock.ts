import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The one source of time. Injected wherever a rule depends on it (windows, cooldowns, versions' timestamps,
 * retries, rate limits) so tests can move it; code outside Nest takes `systemClock`.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** `now()` in milliseconds since the epoch. */
  nowMs(): number {
    return this.now().getTime();
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

export const systemClock = new Clock();

/** Provides a Clock of its own to every module of one app (tests move one app's time, not the process's). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
