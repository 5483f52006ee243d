import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../../infra/database';
import type { AuthTokenPurpose } from '../entities/auth-token.entity';
import { AuthTokensRepository, type StoredAuthToken } from './auth-tokens.repository';
import { hashSecretToken, newSecretToken } from './secret-token';

/** How long each kind of one-time token lives. */
export const TOKEN_TTL_SECONDS: Record<AuthTokenPurpose, number> = {
  verify_email: 24 * 3600,
  reset_password: 30 * 60,
  oauth_login: 60,
  oauth_link: 5 * 60,
  oauth_link_confirm: 5 * 60,
};

/** Issues and spends single-use tokens; callers see the raw token once, the database only its hash. */
@Injectable()
export class OneTimeTokens {
  constructor(private readonly tokens: AuthTokensRepository) {}

  async issue(
    q: Queryable,
    userId: string,
    purpose: AuthTokenPurpose,
    extra: { provider?: string; sessionId?: string; subject?: string; email?: string | null } = {},
  ): Promise<string> {
    const { token, hash } = newSecretToken();
    await this.tokens.insert(q, { userId, purpose, tokenHash: hash, ttlSeconds: TOKEN_TTL_SECONDS[purpose], ...extra });
    return token;
  }

  /** The token's owner, once: null when unknown, expired, already used or meant for something else. */
  consume(q: Queryable, token: string, purpose: AuthTokenPurpose): Promise<StoredAuthToken | null> {
    return this.tokens.consume(q, hashSecretToken(token), purpose);
  }

  peek(q: Queryable, token: string, purpose: AuthTokenPurpose): Promise<StoredAuthToken | null> {
    return this.tokens.peek(q, hashSecretToken(token), purpose);
  }

  invalidate(q: Queryable, userId: string, purposes: AuthTokenPurpose[]): Promise<void> {
    return this.tokens.invalidate(q, userId, purposes);
  }

  issuedWithin(q: Queryable, userId: string, purpose: AuthTokenPurpose, seconds: number): Promise<boolean> {
    return this.tokens.issuedWithin(q, userId, purpose, seconds);
  }
}
