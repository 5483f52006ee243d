import { Inject, Injectable } from '@nestjs/common';
import type { Profile } from 'passport';
import FortyTwoStrategy from 'passport-42';
import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
import { DomainError } from '../../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig, type OAuthProviderConfig } from '../../../config';
import { isOAuthProviderName, type OAuthProvider, type OAuthProviderName, type ProviderProfile } from './oauth-provider';
import { SignedStateStore } from './signed-state-store';

type Done = (error: unknown, user?: ProviderProfile | false) => void;

interface GoogleEmail {
  value: string;
  verified?: boolean | string;
}

/** Google's userinfo says whether Google verified the address (`email_verified`). */
function googleProfile(profile: Profile): ProviderProfile {
  const email: GoogleEmail | undefined = profile.emails?.[0];
  return {
    subject: profile.id,
    email: email?.value ?? null,
    emailVerified: email?.verified === true || email?.verified === 'true',
    displayName: profile.displayName || null,
  };
}

/**
 * 42 has no verification flag: its addresses are issued by the school to enrolled students and cannot be
 * set freely, so they are treated as verified.
 */
function fortyTwoProfile(profile: Profile): ProviderProfile {
  const email = profile.emails?.[0]?.value ?? null;
  return { subject: profile.id, email, emailVerified: email !== null, displayName: profile.displayName || profile.username || null };
}

/** The configured OAuth providers, each a passport strategy with our signed state store (PKCE for Google). */
@Injectable()
export class OAuthProviders {
  private readonly providers = new Map<OAuthProviderName, OAuthProvider>();

  constructor(@Inject(APP_CONFIG) config: AppConfig, store: SignedStateStore) {
    const callbackURL = (name: string) => `${config.http.publicUrl}/api/auth/oauth/${name}/callback`;
    const google = config.oauth.google;
    if (google) {
      const strategy = new GoogleStrategy(
        { ...endpoints(google), callbackURL: callbackURL('google'), userProfileURL: google.profileUrl, pkce: true, state: true, store: store.for('google', true) },
        (_access: string, _refresh: string, profile: Profile, done: Done) => done(null, googleProfile(profile)),
      );
      this.providers.set('google', { name: 'google', label: 'Google', strategy, scope: ['openid', 'email', 'profile'] });
    }
    const fortyTwo = config.oauth.fortyTwo;
    if (fortyTwo) {
      const strategy = new FortyTwoStrategy(
        { ...endpoints(fortyTwo), callbackURL: callbackURL('42'), profileURL: fortyTwo.profileUrl, state: true, store: store.for('42', false) },
        (_access: string, _refresh: string, profile: Profile, done: Done) => done(null, fortyTwoProfile(profile)),
      );
      this.providers.set('42', { name: '42', label: '42', strategy, scope: ['public'] });
    }
  }

  /** The providers this server has configured, for the sign-in buttons. */
  list(): Array<{ id: OAuthProviderName; name: string }> {
    return [...this.providers.values()].map((p) => ({ id: p.name, name: p.label }));
  }

  /** NOT_FOUND for a provider MusicRoom does not know, PROVIDER_UNAVAILABLE for one that is not configured. */
  get(name: string): OAuthProvider {
    if (!isOAuthProviderName(name)) throw DomainError.notFound('Sign-in provider');
    const provider = this.providers.get(name);
    if (!provider) throw new DomainError('PROVIDER_UNAVAILABLE', `Sign-in with ${name} is not configured on this server.`);
    return provider;
  }
}

const endpoints = (c: OAuthProviderConfig) => ({
  clientID: c.clientId,
  clientSecret: c.clientSecret,
  authorizationURL: c.authorizationUrl,
  tokenURL: c.tokenUrl,
});
