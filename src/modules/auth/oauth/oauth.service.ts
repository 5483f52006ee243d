import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../../../common/auth';
import { DomainError } from '../../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { Database, isUniqueViolation } from '../../../infra/database';
import { UserAccounts } from '../../users';
import type { ClientInfo } from '../../../common/http/client-info';
import { SessionsService, type IssuedSession } from '../sessions/sessions.service';
import { OneTimeTokens } from '../tokens/one-time-tokens';
import { OAuthAccounts, OAuthRaceLost } from './oauth-accounts';
import type { OAuthProvider, ProviderProfile } from './oauth-provider';
import { OAuthProviders } from './oauth-providers';
import { OAuthStateCodec, type OAuthFlow, type OAuthStatePayload } from './oauth-state';
import { isAllowedRedirect } from './redirect-allowlist';
import { runStrategy } from './run-strategy';
import { SignedStateStore } from './signed-state-store';

export interface OAuthStart {
  /** The provider's authorization URL. */
  location: string;
  /** The nonce cookie binding this flow to the browser. */
  cookie: string;
}

const stateInvalid = (why: string) => new DomainError('OAUTH_STATE_INVALID', why);

/**
 * OAuth authorization-code flow. Tokens never travel in a URL: the callback redirects to an allow-listed
 * URI with a one-time code (60 s) that the app exchanges for a session over POST, or, when linking, a link
 * code that the signed-in user confirms over POST.
 */
@Injectable()
export class OAuthService {
  private readonly logger = new Logger(OAuthService.name);
  private readonly allowlist: string[];
  private readonly publicUrl: string;

  constructor(
    private readonly db: Database,
    private readonly providers: OAuthProviders,
    private readonly store: SignedStateStore,
    private readonly codec: OAuthStateCodec,
    private readonly tokens: OneTimeTokens,
    private readonly oauthAccounts: OAuthAccounts,
    private readonly accounts: UserAccounts,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowlist = config.oauth.redirectAllowlist;
    this.publicUrl = config.http.publicUrl;
  }

  async start(providerName: string, redirectUri: string, linkTicket: string | undefined, req: Request): Promise<OAuthStart> {
    const provider = this.providers.get(providerName);
    this.assertAllowedRedirect(redirectUri);
    const flow: OAuthFlow = { provider: provider.name, redirectUri, mode: 'login' };
    if (linkTicket !== undefined) {
      const ticket = await this.tokens.consume(this.db, linkTicket, 'oauth_link');
      if (!ticket || ticket.provider !== provider.name || !ticket.sessionId) {
        throw new DomainError('INVALID_TOKEN', 'This link request is invalid, used or expired. Start again from your settings.');
      }
      Object.assign(flow, { mode: 'link', userId: ticket.userId, sessionId: ticket.sessionId });
    }
    const outcome = await runStrategy(provider.strategy, req, { session: false, scope: provider.scope, state: flow });
    const cookie = this.store.takeIssuedCookie(req);
    if (outcome.kind !== 'redirect' || !cookie) {
      this.logger.error({ outcome: outcome.kind }, 'OAuth start did not produce a redirect');
      throw new DomainError('PROVIDER_UNAVAILABLE', `Sign-in with ${provider.label} is unavailable right now.`);
    }
    return { location: outcome.url, cookie };
  }

  /**
   * Where to send the browser back to. A state that is missing, forged or for another provider names no
   * trustworthy destination, so it throws (400); every later failure goes back to the app as `?error=<code>`.
   */
  async callback(providerName: string, req: Request): Promise<string> {
    const provider = this.providers.get(providerName);
    const opened = this.codec.open((req.query as Record<string, unknown>).state);
    if (!opened || opened.payload.provider !== provider.name || !isAllowedRedirect(opened.payload.redirectUri, this.allowlist)) {
      throw stateInvalid('The sign-in state is missing or was not issued by this server.');
    }
    const flow = opened.payload;
    try {
      if (opened.expired) throw stateInvalid('The sign-in took too long; start again.');
      const profile = await this.authenticate(provider, req);
      if (flow.mode === 'link') return withQuery(flow.redirectUri, { linkCode: await this.issueLinkCode(flow, provider, profile) });
      return withQuery(flow.redirectUri, { code: await this.signIn(provider, profile) });
    } catch (error) {
      if (error instanceof DomainError) return withQuery(flow.redirectUri, { error: error.code });
      this.logger.error({ err: error }, 'OAuth callback failed');
      return withQuery(flow.redirectUri, { error: 'INTERNAL' });
    }
  }

  /** Spends a one-time code from the callback and opens a session. */
  async exchange(code: string, client: ClientInfo): Promise<IssuedSession> {
    return this.db.transaction(async (tx) => {
      const stored = await this.tokens.consume(tx, code, 'oauth_login');
      const account = stored ? await this.accounts.findById(stored.userId, tx) : null;
      if (!account) throw new DomainError('INVALID_TOKEN', 'This sign-in code is invalid, used or expired.');
      return this.sessions.start(tx, account, client);
    });
  }

  /**
   * Attaches the identity behind a link code to the signed-in user, who must be the one who asked for the
   * link (POST /oauth/:provider/link) from a session still alive. A code that comes back in a victim's
   * browser (link CSRF: the attacker sends his link URL) is refused there and spent, so it links nothing.
   */
  async confirmLink(user: AuthUser, code: string): Promise<void> {
    const stored = await this.tokens.consume(this.db, code, 'oauth_link_confirm');
    if (!stored?.provider || !stored.subject || !stored.sessionId) {
      throw new DomainError('INVALID_TOKEN', 'This link code is invalid, used or expired. Start again from your settings.');
    }
    if (stored.userId !== user.id) {
      throw new DomainError('FORBIDDEN', 'This link was started from another MusicRoom account; nothing was linked.');
    }
    const { sessionId, subject, email } = stored;
    const provider = this.providers.get(stored.provider);
    const profile: ProviderProfile = { subject, email, emailVerified: false, displayName: null };
    await this.retryingRaces(() => this.db.transaction((tx) => this.oauthAccounts.link(tx, user.id, sessionId, provider, profile)));
  }

  /** A URL for the signed-in user's browser that starts linking `provider` to their account (valid 5 minutes, once). */
  async linkUrl(user: AuthUser, providerName: string, redirectUri: string | undefined): Promise<string> {
    const provider = this.providers.get(providerName);
    const target = redirectUri ?? this.allowlist[0];
    this.assertAllowedRedirect(target);
    const ticket = await this.tokens.issue(this.db, user.id, 'oauth_link', { provider: provider.name, sessionId: user.sessionId });
    const url = new URL(`${this.publicUrl}/api/auth/oauth/${encodeURIComponent(provider.name)}`);
    url.searchParams.set('redirectUri', target);
    url.searchParams.set('linkTicket', ticket);
    return url.toString();
  }

  private assertAllowedRedirect(redirectUri: string): void {
    if (!isAllowedRedirect(redirectUri, this.allowlist)) {
      throw new DomainError('VALIDATION_FAILED', 'redirectUri is not on the allow-list.', [
        { field: 'redirectUri', messages: ['must be one of the allowed redirect URIs (OAUTH_REDIRECT_ALLOWLIST)'] },
      ]);
    }
  }

  private async authenticate(provider: OAuthProvider, req: Request): Promise<ProviderProfile> {
    const query = req.query as Record<string, unknown>;
    if (query.error !== undefined) {
      throw new DomainError(query.error === 'access_denied' ? 'OAUTH_DENIED' : 'PROVIDER_UNAVAILABLE', `${provider.label} refused the sign-in.`);
    }
    if (typeof query.code !== 'string' || query.code === '') throw new DomainError('OAUTH_DENIED', `${provider.label} sent no authorization.`);
    const outcome = await runStrategy(provider.strategy, req, { session: false });
    if (outcome.kind === 'fail') throw stateInvalid('The sign-in did not start in this browser, or was already completed.');
    if (outcome.kind === 'success' && isProfile(outcome.user)) return outcome.user;
    this.logger.warn({ provider: provider.name, err: outcome.kind === 'error' ? outcome.error : outcome.kind }, 'OAuth provider exchange failed');
    throw new DomainError('PROVIDER_UNAVAILABLE', `${provider.label} could not be reached; try again.`);
  }

  private signIn(provider: OAuthProvider, profile: ProviderProfile): Promise<string> {
    return this.retryingRaces(() =>
      this.db.transaction(async (tx) => {
        const account = await this.oauthAccounts.signIn(tx, provider, profile);
        return this.tokens.issue(tx, account.id, 'oauth_login');
      }),
    );
  }

  /**
   * The provider identity waits behind a one-time link code (5 minutes) that only reaches the browser that
   * completed the flow, and is attached only when the account that asked confirms it (confirmLink).
   */
  private issueLinkCode(flow: OAuthStatePayload, provider: OAuthProvider, profile: ProviderProfile): Promise<string> {
    const { userId, sessionId } = flow;
    if (!userId || !sessionId) throw stateInvalid('The link request is incomplete.');
    return this.tokens.issue(this.db, userId, 'oauth_link_confirm', {
      provider: provider.name,
      sessionId,
      subject: profile.subject,
      email: profile.email,
    });
  }

  /** A concurrent callback for the same person may win an insert; running again then finds its row. */
  private async retryingRaces<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= 2 || !(error instanceof OAuthRaceLost || isUniqueViolation(error))) throw error;
      }
    }
  }
}

function isProfile(value: unknown): value is ProviderProfile {
  return typeof value === 'object' && value !== null && typeof (value as ProviderProfile).subject === 'string' && (value as ProviderProfile).subject !== '';
}

function withQuery(uri: string, params: Record<string, string>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
