import { SetMetadata } from '@nestjs/common';

export const EVENT_CODE_RATE_LIMIT_KEY = 'musicroom:eventCodeRateLimit';

/**
 * Puts a route in the budget of join-code lookups (RATE_LIMIT_EVENT_CODE_PER_MINUTE per signed-in user, per IP
 * otherwise, shared by every such route and across instances through the throttler's storage): guessing codes
 * stays far slower than the code space.
 */
export const EventCodeRateLimit = (): MethodDecorator => SetMetadata(EVENT_CODE_RATE_LIMIT_KEY, true);
