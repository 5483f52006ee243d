import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type OAuth2Strategy from 'passport-oauth2';
import { hashNonce, OAuthStateCodec, STATE_TTL_SECONDS, type OAuthFlow } from './oauth-state';

/** The browser-bound half of a flow: `<nonce>` or `<nonce>.<PKCE verifier>`, httpOnly, for the callback only. */
export const OAUTH_COOKIE = 'mr_oauth';
export const OAUTH_COOKIE_PATH = '/api/auth/oauth';
export const OAUTH_COOKIE_MAX_AGE_MS = STATE_TTL_SECONDS * 1000;

type StoreCallback = (error: Error | null, state?: string) => void;
type VerifyCallback = (error: Error | null, ok: string | boolean, info?: unknown) => void;

/**
 * passport-oauth2's state store, without server-side sessions: the state is signed (OAuthStateCodec), and
 * the nonce it commits to — plus the PKCE verifier, which must never travel in a URL — stays in an httpOnly
 * cookie of the browser that started the flow. A callback from another browser, or with a forged, replayed
 * or expired state, fails here before any code is redeemed.
 */
@Injectable()
export class SignedStateStore {
  private readonly issuedCookies = new WeakMap<Request, string>();

  constructor(private readonly codec: OAuthStateCodec) {}

  /** The passport store for one provider (its arity tells passport to hand it the PKCE verifier). */
  for(provider: string, usesPkce: boolean): OAuth2Strategy.StateStore {
    const store = {
      store: (req: Request, verifier: string | undefined, flow: OAuthFlow, _meta: unknown, done: StoreCallback) => {
        const nonce = randomBytes(32).toString('base64url');
        this.issuedCookies.set(req, usesPkce && verifier ? `${nonce}.${verifier}` : nonce);
        done(null, this.codec.sign({ ...flow, provider }, nonce));
      },
      verify: (req: Request, state: string, _meta: unknown, done: VerifyCallback) => {
        const opened = this.codec.open(state);
        const [nonce, verifier] = readCookie(req).split('.');
        const bound = opened !== null && !opened.expired && opened.payload.provider === provider && nonce && sameText(hashNonce(nonce), opened.payload.nonceHash);
        if (!bound) return done(null, false, { message: 'The sign-in state does not match this browser.' });
        if (usesPkce && !verifier) return done(null, false, { message: 'The PKCE verifier is missing.' });
        done(null, usesPkce ? verifier : true, opened.payload);
      },
    };
    return store as unknown as OAuth2Strategy.StateStore;
  }

  /** The cookie value to set along with the redirect that `store` produced for this request. */
  takeIssuedCookie(req: Request): string | undefined {
    const value = this.issuedCookies.get(req);
    this.issuedCookies.delete(req);
    return value;
  }
}

function readCookie(req: Request): string {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[OAUTH_COOKIE];
  return typeof value === 'string' ? value : '';
}

const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
