export type { AuthUser, RequestWithUser } from './auth-user';
export { CurrentUser } from './current-user.decorator';
export { IS_PUBLIC_KEY, Public } from './public.decorator';
export { AllowUnverifiedEmail, EMAIL_VERIFICATION_KEY, RequireVerifiedEmail } from './verified-email.decorator';
