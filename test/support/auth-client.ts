import { expect } from 'vitest';
import type { FakeOAuthServer, FakeProvider } from './fake-oauth-server';
import { tokenFromMail, type SmtpCapture } from './smtp-capture';
import type { TestApp } from './test-app';

export const STRONG_PASSWORD = 'correct horse battery staple';

export interface SessionBody {
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  user: { id: string; email: string; displayName: string; emailVerified: boolean; plan: string; createdAt: string };
}

let counter = 0;
/** A fresh address per call, so tests in one file never collide. */
export const uniqueEmail = (label = 'user'): string => `${label}.${Date.now().toString(36)}.${++counter}@example.test`;

export async function register(t: TestApp, email: string, password = STRONG_PASSWORD, displayName = 'Test User'): Promise<void> {
  await t.http.post('/api/auth/register').send({ email, password, displayName }).expect(202);
}

/** Registers through the API, reads the verification mail from the SMTP server, verifies: a signed-in user. */
export async function registerVerified(t: TestApp, smtp: SmtpCapture, email = uniqueEmail(), password = STRONG_PASSWORD): Promise<SessionBody> {
  const since = Date.now();
  await register(t, email, password);
  const mail = await smtp.waitFor(email, { subject: /confirm your email/i, since });
  const res = await t.http.post('/api/auth/verify-email').send({ token: tokenFromMail(mail) }).expect(200);
  return res.body as SessionBody;
}

export async function login(t: TestApp, email: string, password = STRONG_PASSWORD): Promise<SessionBody> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return res.body as SessionBody;
}

export const bearer = (session: { accessToken: string }): [string, string] => ['Authorization', `Bearer ${session.accessToken}`];

/** `name=value` of a Set-Cookie header, or undefined. */
export function cookieFrom(setCookie: string[] | string | undefined, name: string): string | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.find((c) => c.startsWith(`${name}=`))?.split(';')[0];
}

export interface OAuthRoundTrip {
  /** The app's redirect to the provider. */
  authorizeUrl: URL;
  /** The nonce cookie (`mr_oauth=…`) the app set. */
  cookie: string;
  /** Where the provider sent the browser back (the app's callback, with code and state). */
  callbackUrl: URL;
}

/** Start → provider (which consents at once) → the callback URL, without calling the callback yet. */
export async function startOAuth(t: TestApp, provider: FakeProvider, redirectUri: string, extraQuery = ''): Promise<OAuthRoundTrip> {
  const start = await t.http.get(`/api/auth/oauth/${provider}?redirectUri=${encodeURIComponent(redirectUri)}${extraQuery}`).expect(302);
  const cookie = cookieFrom(start.headers['set-cookie'], 'mr_oauth');
  expect(cookie).toBeDefined();
  const authorizeUrl = new URL(start.headers.location);
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  return { authorizeUrl, cookie: cookie!, callbackUrl: new URL(consent.headers.get('location')!) };
}

/** Calls the app's callback as the browser would and returns where it redirected. */
export async function finishOAuth(t: TestApp, trip: Pick<OAuthRoundTrip, 'callbackUrl'>, cookie: string | null): Promise<URL> {
  const req = t.http.get(trip.callbackUrl.pathname + trip.callbackUrl.search);
  const res = await (cookie ? req.set('Cookie', cookie) : req).expect(302);
  return new URL(res.headers.location);
}

/** A complete OAuth sign-in: the session from exchanging the one-time code. */
export async function oauthSignIn(t: TestApp, _fake: FakeOAuthServer, provider: FakeProvider, redirectUri: string): Promise<SessionBody> {
  const trip = await startOAuth(t, provider, redirectUri);
  const back = await finishOAuth(t, trip, trip.cookie);
  const code = back.searchParams.get('code');
  expect(back.searchParams.get('error')).toBeNull();
  expect(code).toBeTruthy();
  const res = await t.http.post('/api/auth/oauth/exchange').send({ code }).expect(200);
  return res.body as SessionBody;
}
