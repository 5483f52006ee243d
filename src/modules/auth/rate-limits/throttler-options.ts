import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { AppConfig } from '../../../config';
import { EVENT_CODE_RATE_LIMIT_KEY } from '../../../common/http/event-code-rate-limit.decorator';
import { AUTH_RATE_LIMIT_KEY } from './auth-rate-limit.decorator';

interface TrackedRequest {
  ip?: string;
  user?: { id: string };
}

const MINUTE_MS = 60_000;
const isAuthLimited = (context: ExecutionContext): boolean => Reflect.getMetadata(AUTH_RATE_LIMIT_KEY, context.getHandler()) === true;
const isEventCodeLimited = (context: ExecutionContext): boolean => Reflect.getMetadata(EVENT_CODE_RATE_LIMIT_KEY, context.getHandler()) === true;
const ipOf = (req: TrackedRequest): string => `ip:${req.ip ?? 'unknown'}`;

/**
 * Two budgets per minute (API.md "Limits"; 0 turns one off): `default`, RATE_LIMIT_PER_MINUTE per signed-in
 * user (per IP for anonymous calls) across all routes; `auth`, RATE_LIMIT_AUTH_PER_MINUTE per IP shared by
 * register, resend-verification and forgot-password; `eventCode`, RATE_LIMIT_EVENT_CODE_PER_MINUTE per user (per
 * IP for anonymous calls) shared by the join-code routes.
 */
export function throttlerOptions(limits: AppConfig['limits'], storage: ThrottlerStorage): ThrottlerModuleOptions {
  return {
    storage,
    throttlers: [
      {
        name: 'default',
        ttl: MINUTE_MS,
        limit: Math.max(limits.perMinute, 1),
        skipIf: () => limits.perMinute === 0,
        getTracker: (req: TrackedRequest) => (req.user ? `user:${req.user.id}` : ipOf(req)),
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
      },
      {
        name: 'auth',
        ttl: MINUTE_MS,
        limit: Math.max(limits.authPerMinute, 1),
        skipIf: (context) => limits.authPerMinute === 0 || !isAuthLimited(context),
        getTracker: (req: TrackedRequest) => ipOf(req),
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
      },
      {
        name: 'eventCode',
        ttl: MINUTE_MS,
        limit: Math.max(limits.eventCodePerMinute, 1),
        skipIf: (context) => limits.eventCodePerMinute === 0 || !isEventCodeLimited(context),
        getTracker: (req: TrackedRequest) => (req.user ? `user:${req.user.id}` : ipOf(req)),
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
      },
    ],
  };
}
