import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { DomainError } from '../../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../../config';

export interface AccessClaims {
  /** The user id. */
  sub: string;
  /** The session (refresh-token family) id. */
  sid: string;
  /** Whether the email was verified when the token was issued. */
  ev: boolean;
}

const ISSUER = 'musicroom';
const AUDIENCE = 'musicroom-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs and checks access JWTs: HS256 only (the allow-list refuses `none` and every other algorithm). */
@Injectable()
export class AccessTokenCodec {
  private readonly jwt: JwtService;
  readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlSeconds = config.jwt.accessTtlSeconds;
    this.jwt = new JwtService({
      // A key object, not the string: given a string, jsonwebtoken tries it as a PEM public key first on every
      // verify and throws that attempt away (about 4× the cost of the check itself).
      secret: createSecretKey(Buffer.from(config.jwt.secret)),
      signOptions: { algorithm: 'HS256', expiresIn: this.ttlSeconds, issuer: ISSUER, audience: AUDIENCE },
      verifyOptions: { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE },
    });
  }

  sign(claims: AccessClaims): string {
    return this.jwt.sign({ sub: claims.sub, sid: claims.sid, ev: claims.ev });
  }

  /** The claims and expiry of a valid token; TOKEN_EXPIRED or UNAUTHENTICATED otherwise. */
  decode(token: string): { claims: AccessClaims; expiresAt: Date } {
    let payload: Record<string, unknown>;
    try {
      payload = this.jwt.verify<Record<string, unknown>>(token);
    } catch (error) {
      if (error instanceof TokenExpiredError) throw new DomainError('TOKEN_EXPIRED', 'The access token has expired; refresh it.');
      throw new DomainError('UNAUTHENTICATED', 'The access token is not valid.');
    }
    const { sub, sid, ev, exp } = payload;
    if (typeof sub !== 'string' || !UUID.test(sub) || typeof sid !== 'string' || !UUID.test(sid) || typeof exp !== 'number') {
      throw new DomainError('UNAUTHENTICATED', 'The access token is not valid.');
    }
    return { claims: { sub, sid, ev: ev === true }, expiresAt: new Date(exp * 1000) };
  }
}
