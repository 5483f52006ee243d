import type { Strategy as PassportStrategy } from 'passport';

export const OAUTH_PROVIDERS = ['google', '42'] as const;
export type OAuthProviderName = (typeof OAUTH_PROVIDERS)[number];

export const isOAuthProviderName = (value: string): value is OAuthProviderName =>
  (OAUTH_PROVIDERS as readonly string[]).includes(value);

/** What MusicRoom keeps from a provider's profile. */
export interface ProviderProfile {
  /** The provider's stable id of the person: identities are keyed by it, never by email. */
  subject: string;
  email: string | null;
  /** Whether the provider vouches that this person owns `email`. */
  emailVerified: boolean;
  displayName: string | null;
}

export interface OAuthProvider {
  name: OAuthProviderName;
  label: string;
  strategy: PassportStrategy;
  scope: string[];
}
