import { describe, expect, it } from 'vitest';
import { loginVerdict, type LoginCounter } from './login-brake';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));
const counter = (attempts: number, lastSecond: number, startSecond = 0): LoginCounter => ({
  attempts,
  windowStartedAt: at(startSecond),
  lastAttemptAt: at(lastSecond),
});

describe('login brake (security finding 6)', () => {
  const delay = { threshold: 5, brake: 'delay' as const };
  const wall = { threshold: 5, brake: 'wall' as const };

  it('lets attempts through below the threshold', () => {
    expect(loginVerdict(undefined, delay, at(0))).toEqual({ allowed: true });
    expect(loginVerdict(counter(4, 10), delay, at(10))).toEqual({ allowed: true });
  });

  it('doubles the wait after each attempt over the threshold instead of a hard wall', () => {
    expect(loginVerdict(counter(5, 10), delay, at(10))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(loginVerdict(counter(5, 10), delay, at(40))).toEqual({ allowed: true });
    expect(loginVerdict(counter(7, 20), delay, at(21))).toEqual({ allowed: false, retryAfterSeconds: 119 });
    expect(loginVerdict(counter(7, 20), delay, at(140))).toEqual({ allowed: true });
  });

  it('caps the wait at 15 minutes', () => {
    expect(loginVerdict(counter(40, 30), delay, at(30))).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('walls a counter until its window ends', () => {
    expect(loginVerdict(counter(5, 10), wall, at(10))).toEqual({ allowed: false, retryAfterSeconds: 890 });
  });

  it('forgets a finished window', () => {
    expect(loginVerdict(counter(50, 10), delay, at(0 + 15 * 60 + 1))).toEqual({ allowed: true });
  });

  it('never brakes when the rule is off (threshold 0)', () => {
    expect(loginVerdict(counter(500, 10), { threshold: 0, brake: 'wall' }, at(10))).toEqual({ allowed: true });
  });
});
