import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { DomainError } from '../../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { toSessionDto, type SessionDto } from '../dto/session.dto';
import { OAUTH_COOKIE, OAUTH_COOKIE_MAX_AGE_MS, OAUTH_COOKIE_PATH } from '../oauth/signed-state-store';
import type { ClientInfo } from '../../../common/http/client-info';
import type { IssuedSession } from '../sessions/sessions.service';

export const REFRESH_COOKIE = 'mr_refresh';
const REFRESH_COOKIE_PATH = '/api/auth';

/** Secure cookies need https, except on localhost, which browsers treat as a secure origin. */
function secureCookies(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Where refresh tokens travel. The web client (X-Client-Platform: web) keeps its refresh token in an httpOnly,
 * Secure, SameSite=Strict cookie scoped to /api/auth, which scripts cannot read; requiring the header to use
 * the cookie also forces a CORS preflight, so other sites cannot make a browser refresh or log out. Mobile
 * clients get it in the body. Also sets the OAuth nonce cookie (SameSite=Lax: it must come back with the
 * provider's top-level redirect).
 */
@Injectable()
export class SessionCookies {
  private readonly secure: boolean;
  private readonly refreshMaxAgeMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = secureCookies(config.http.publicUrl);
    this.refreshMaxAgeMs = config.jwt.refreshTtlDays * 86_400_000;
  }

  /** The session body; for the web, the refresh token goes to the cookie instead. */
  respond(res: Response, session: IssuedSession, client: ClientInfo): SessionDto {
    const isWeb = client.platform === 'web';
    if (isWeb) res.cookie(REFRESH_COOKIE, session.refreshToken, this.refreshCookieOptions(this.refreshMaxAgeMs));
    res.setHeader('Cache-Control', 'no-store');
    return toSessionDto(session, !isWeb);
  }

  /** The refresh token from the body, or from the cookie for the web client; UNAUTHENTICATED if neither. */
  refreshToken(req: Request, fromBody: string | undefined, client: ClientInfo): string {
    const token = this.optionalRefreshToken(req, fromBody, client);
    if (!token) throw new DomainError('UNAUTHENTICATED', 'No refresh token was sent.');
    return token;
  }

  optionalRefreshToken(req: Request, fromBody: string | undefined, client: ClientInfo): string | undefined {
    const cookie = client.platform === 'web' ? (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE] : undefined;
    return fromBody ?? (typeof cookie === 'string' ? cookie : undefined);
  }

  clearRefresh(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, this.refreshCookieOptions(undefined));
  }

  setOAuthNonce(res: Response, value: string): void {
    res.cookie(OAUTH_COOKIE, value, { ...this.oauthCookieOptions(), maxAge: OAUTH_COOKIE_MAX_AGE_MS });
  }

  clearOAuthNonce(res: Response): void {
    res.clearCookie(OAUTH_COOKIE, this.oauthCookieOptions());
  }

  private refreshCookieOptions(maxAge: number | undefined): CookieOptions {
    return { httpOnly: true, secure: this.secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH, ...(maxAge ? { maxAge } : {}) };
  }

  private oauthCookieOptions(): CookieOptions {
    return { httpOnly: true, secure: this.secure, sameSite: 'lax', path: OAUTH_COOKIE_PATH };
  }
}
