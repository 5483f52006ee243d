import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';
import { FakeClock } from '../../../test/support/fake-clock';

const failTimes = (breaker: CircuitBreaker, n: number) => {
  for (let i = 0; i < n; i++) {
    expect(breaker.tryAcquire()).toBe(0);
    breaker.report('failure');
  }
};

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures and refuses calls while open', () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 10_000 }, clock);
    failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
    failTimes(breaker, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(10_000);
  });

  it('a success resets the count of consecutive failures', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 10_000 }, new FakeClock());
    failTimes(breaker, 2);
    breaker.tryAcquire();
    breaker.report('success');
    failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
  });

  it('lets one trial call through after openMs, closing on success', () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 1_000 }, clock);
    failTimes(breaker, 1);
    clock.advance(1_000);
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(0);
    expect(breaker.tryAcquire()).toBeGreaterThan(0);
    breaker.report('success');
    expect(breaker.state).toBe('closed');
  });

  it('reopens for a full period when the trial call fails', () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 5, openMs: 1_000 }, clock);
    failTimes(breaker, 5);
    clock.advance(1_000);
    expect(breaker.tryAcquire()).toBe(0);
    breaker.report('failure');
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(1_000);
  });

  it('a trial that made no call leaves the circuit half-open for the next caller', () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 1_000 }, clock);
    failTimes(breaker, 1);
    clock.advance(1_000);
    expect(breaker.tryAcquire()).toBe(0);
    breaker.report('skipped');
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(0);
  });
});
