import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../../common/auth';
import { DomainError } from '../../../common/errors/domain-error';
import { AccessTokenCodec } from './access-token.codec';
import { SessionLiveness } from './session-liveness';

export interface VerifiedAccessToken {
  user: AuthUser;
  expiresAt: Date;
}

/**
 * The one check of an access token, shared by the HTTP guard and the Socket.IO gateway: signature (HS256),
 * issuer/audience, expiry, and that its session has not been revoked (logout, password change, token reuse).
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly codec: AccessTokenCodec,
    private readonly liveness: SessionLiveness,
  ) {}

  /** The caller; throws DomainError TOKEN_EXPIRED or UNAUTHENTICATED. */
  async verify(token: string): Promise<AuthUser> {
    return (await this.verifyWithExpiry(token)).user;
  }

  /** Also tells when the token expires (a socket is disconnected then). */
  async verifyWithExpiry(token: string): Promise<VerifiedAccessToken> {
    const { claims, expiresAt } = this.codec.decode(token);
    if (!(await this.liveness.isLive(claims.sid, claims.sub))) {
      throw new DomainError('UNAUTHENTICATED', 'This session has ended; sign in again.');
    }
    return { user: { id: claims.sub, sessionId: claims.sid, emailVerified: claims.ev }, expiresAt };
  }
}
