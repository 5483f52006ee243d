import { SetMetadata } from '@nestjs/common';

export const EMAIL_VERIFICATION_KEY = 'musicroom:emailVerification';

/**
 * Writes (POST, PUT, PATCH, DELETE) require a verified email by default; reads do not.
 * `@RequireVerifiedEmail()` forces the check on a read, `@AllowUnverifiedEmail()` lifts it from a write.
 */
export const RequireVerifiedEmail = (): MethodDecorator & ClassDecorator => SetMetadata(EMAIL_VERIFICATION_KEY, true);
export const AllowUnverifiedEmail = (): MethodDecorator & ClassDecorator => SetMetadata(EMAIL_VERIFICATION_KEY, false);
