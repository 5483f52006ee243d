/** What an `?error=<code>` return from a provider means for the person. */
const explanations: Record<string, string> = {
  OAUTH_DENIED: 'The sign-in was cancelled at the provider, so nothing changed. You can try again or use your email and password.',
  OAUTH_STATE_INVALID: 'This sign-in took too long or was started in another browser. Please start it again from this page.',
  PROVIDER_UNAVAILABLE: 'The sign-in provider could not be reached or refused the request. Try again in a moment.',
  CONFLICT: 'That account is already linked to another MusicRoom account, or this MusicRoom account already has one from that provider.',
  UNPROCESSABLE: 'The provider did not share a verified email address, which MusicRoom needs to create your account.',
  EMAIL_NOT_VERIFIED: 'The provider did not confirm this email address. Verify it with the provider, or sign up with email and password.',
  UNAUTHENTICATED: 'Your MusicRoom session ended before the provider answered. Sign in and try linking again.',
  EMAIL_NOT_VERIFIED_BY_PROVIDER:
    'The provider does not vouch for this email address, so MusicRoom cannot use it to sign you in. Sign in with your email and password, then link the provider from your account.',
  FORBIDDEN: 'This link was started from another MusicRoom account, so nothing was linked.',
  INVALID_TOKEN: 'This sign-in link was already used or has expired. Please start again.',
};

export function explainOAuthError(code: string): string {
  return explanations[code] ?? `The sign-in could not be completed (${code}). Please try again.`;
}
