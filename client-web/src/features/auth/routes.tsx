import type { RouteObject } from 'react-router';

/** The signed-out screens; the mail links and the OAuth return land here (paths fixed by the server's mails). */
export const publicAuthRoutes: RouteObject[] = [
  { path: 'verify-email', lazy: async () => ({ Component: (await import('./VerifyEmailPage')).VerifyEmailPage }) },
  { path: 'reset-password', lazy: async () => ({ Component: (await import('./ResetPasswordPage')).ResetPasswordPage }) },
  { path: 'oauth/callback', lazy: async () => ({ Component: (await import('./OAuthCallbackPage')).OAuthCallbackPage }) },
];

/** Screens only for signed-out visitors (a signed-in person is sent on). */
export const guestOnlyRoutes: RouteObject[] = [
  { path: 'sign-in', lazy: async () => ({ Component: (await import('./SignInPage')).SignInPage }) },
  { path: 'sign-up', lazy: async () => ({ Component: (await import('./SignUpPage')).SignUpPage }) },
  { path: 'check-inbox', lazy: async () => ({ Component: (await import('./CheckInboxPage')).CheckInboxPage }) },
  { path: 'forgot-password', lazy: async () => ({ Component: (await import('./ForgotPasswordPage')).ForgotPasswordPage }) },
];
