import { systemClock, type Clock } from '../../common/time/clock';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through. */
  openMs: number;
}

export type CircuitState = 'closed' | 'open' | 'half_open';
/** `neutral`: the service answered but the answer says nothing of its health (a 404); `skipped`: no call was made. */
export type CallOutcome = 'success' | 'failure' | 'neutral' | 'skipped';

/**
 * Stops calling a service that keeps failing: after `failureThreshold` consecutive failures every call is refused
 * for `openMs`; then a single trial call decides whether to close again or stay open.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly options: CircuitBreakerOptions,
    private readonly clock: Clock = systemClock,
  ) {}

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.clock.nowMs() - this.openedAt >= this.options.openMs ? 'half_open' : 'open';
  }

  /** 0 when the call may proceed (the caller must then report exactly once), else the ms to wait. */
  tryAcquire(): number {
    if (this.openedAt === null) return 0;
    const remaining = this.openedAt + this.options.openMs - this.clock.nowMs();
    if (remaining > 0) return remaining;
    if (this.trialInFlight) return 1_000;
    this.trialInFlight = true;
    return 0;
  }

  /** Reports how an admitted call ended. */
  report(outcome: CallOutcome): void {
    const wasTrial = this.trialInFlight;
    this.trialInFlight = false;
    if (outcome === 'skipped') return;
    if (outcome === 'success' || (outcome === 'neutral' && wasTrial)) {
      this.failures = 0;
      this.openedAt = null;
      return;
    }
    if (outcome === 'neutral') return;
    this.failures++;
    if (wasTrial || this.failures >= this.options.failureThreshold) this.openedAt = this.clock.nowMs();
  }
}
