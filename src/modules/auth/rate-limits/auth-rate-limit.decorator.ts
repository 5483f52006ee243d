import { SetMetadata } from '@nestjs/common';

export const AUTH_RATE_LIMIT_KEY = 'musicroom:authRateLimit';

/** Puts a route in the per-IP budget of mail-sending auth routes (RATE_LIMIT_AUTH_PER_MINUTE, shared by them). */
export const AuthRateLimit = (): MethodDecorator => SetMetadata(AUTH_RATE_LIMIT_KEY, true);
