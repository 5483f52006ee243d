import type { Request } from 'express';
import type { Strategy } from 'passport';

export type StrategyOutcome =
  | { kind: 'redirect'; url: string }
  | { kind: 'success'; user: unknown }
  | { kind: 'fail'; info: unknown }
  | { kind: 'error'; error: unknown };

interface StrategyActions {
  redirect(url: string): void;
  success(user: unknown): void;
  fail(info?: unknown): void;
  error(error: unknown): void;
  pass(): void;
  authenticate(req: Request, options?: object): void;
}

/**
 * Runs one passport strategy step on a request and reports what it decided, instead of letting passport
 * write the response: the same augmentation passport.authenticate() performs, without sessions or globals.
 */
export function runStrategy(strategy: Strategy, req: Request, options: object): Promise<StrategyOutcome> {
  return new Promise((resolve) => {
    const step = Object.create(strategy) as StrategyActions;
    step.redirect = (url) => resolve({ kind: 'redirect', url });
    step.success = (user) => resolve({ kind: 'success', user });
    step.fail = (info) => resolve({ kind: 'fail', info });
    step.error = (error) => resolve({ kind: 'error', error });
    step.pass = () => resolve({ kind: 'fail', info: undefined });
    try {
      step.authenticate(req, options);
    } catch (error) {
      resolve({ kind: 'error', error });
    }
  });
}
