/** The counting window of every login counter. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** The first progressive delay; each further attempt doubles it. */
export const FIRST_LOGIN_DELAY_SECONDS = 30;
/** The longest progressive delay between two attempts. */
export const MAX_LOGIN_DELAY_SECONDS = 15 * 60;

export interface LoginCounter {
  /** Attempts counted in the current window. */
  attempts: number;
  windowStartedAt: Date;
  lastAttemptAt: Date | null;
}

/**
 * How a counter brakes once over its threshold: `delay` lets one more attempt through after a wait that
 * doubles each time (30 s, 1 min, 2 min … up to 15 minutes); `wall` refuses until the window ends.
 */
export interface LoginRule {
  threshold: number;
  brake: 'delay' | 'wall';
}

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const windowEnd = (c: LoginCounter) => c.windowStartedAt.getTime() + LOGIN_WINDOW_SECONDS * 1000;

/** Attempts that still count at `now` (a finished window counts nothing). */
export const liveAttempts = (c: LoginCounter | undefined, now: Date): number => (c && windowEnd(c) > now.getTime() ? c.attempts : 0);

/** May one more attempt be counted now? Pure: the limiter reads the counter under a row lock and asks. */
export function loginVerdict(counter: LoginCounter | undefined, rule: LoginRule, now: Date): LoginVerdict {
  const attempts = liveAttempts(counter, now);
  if (rule.threshold <= 0 || attempts < rule.threshold || !counter) return { allowed: true };
  const nowMs = now.getTime();
  const until =
    rule.brake === 'wall'
      ? windowEnd(counter)
      : (counter.lastAttemptAt ?? counter.windowStartedAt).getTime() + Math.min(FIRST_LOGIN_DELAY_SECONDS * 2 ** (attempts - rule.threshold), MAX_LOGIN_DELAY_SECONDS) * 1000;
  return until <= nowMs ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - nowMs) / 1000)) };
}
