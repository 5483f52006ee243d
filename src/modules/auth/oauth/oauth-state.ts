import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config';

export const STATE_TTL_SECONDS = 10 * 60;

export interface OAuthFlow {
  provider: string;
  redirectUri: string;
  mode: 'login' | 'link';
  /** link mode: the account and session that asked to link. */
  userId?: string;
  sessionId?: string;
}

export interface OAuthStatePayload extends OAuthFlow {
  /** SHA-256 of the nonce kept in the browser's httpOnly cookie: the state is valid only with that cookie. */
  nonceHash: string;
  /** Epoch seconds. */
  exp: number;
}

export type OpenedState = { payload: OAuthStatePayload; expired: boolean };

export const hashNonce = (nonce: string): string => createHash('sha256').update(nonce).digest('base64url');

/**
 * The OAuth `state`: the flow (provider, allow-listed redirect, mode) signed with HMAC-SHA256 under a key of
 * its own, with an expiry and the hash of a browser-bound nonce. Nothing in it is secret; nothing in it can
 * be changed.
 */
@Injectable()
export class OAuthStateCodec {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwt.secret).update('musicroom/oauth-state/v1').digest();
  }

  sign(flow: OAuthFlow, nonce: string, now = Date.now()): string {
    const payload: OAuthStatePayload = { ...flow, nonceHash: hashNonce(nonce), exp: Math.floor(now / 1000) + STATE_TTL_SECONDS };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The signed payload (and whether it has expired), or null when the state is missing, malformed or forged. */
  open(state: unknown, now = Date.now()): OpenedState | null {
    if (typeof state !== 'string' || state.length > 4096) return null;
    const [body, mac, extra] = state.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as OAuthStatePayload;
      if (typeof payload.exp !== 'number' || typeof payload.redirectUri !== 'string' || typeof payload.nonceHash !== 'string') return null;
      return { payload, expired: payload.exp * 1000 <= now };
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
