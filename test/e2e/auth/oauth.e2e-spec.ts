import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { OAuthStateCodec } from '../../../src/modules/auth/oauth/oauth-state';
import {
  bearer,
  cookieFrom,
  finishOAuth,
  login,
  oauthSignIn,
  register,
  registerVerified,
  startOAuth,
  STRONG_PASSWORD,
  uniqueEmail,
  type SessionBody,
} from '../../support/auth-client';
import { FakeOAuthServer } from '../../support/fake-oauth-server';
import { SmtpCapture } from '../../support/smtp-capture';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

const SPA = 'http://localhost:5173/auth/done';
const APP = 'musicroom://auth';

describe(`OAuth sign-in with Google and 42 (${databaseKind()})`, () => {
  let t: TestApp;
  const smtp = new SmtpCapture();
  const fake = new FakeOAuthServer();
  let subjects = 0;

  beforeAll(async () => {
    await Promise.all([smtp.start(), fake.start()]);
    t = await bootTestApp({
      env: { ...fake.env(), SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '0', OAUTH_REDIRECT_ALLOWLIST: `http://localhost:5173,${APP}` },
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([smtp.stop(), fake.stop()]);
  });

  /** A new person at the provider for each test. */
  const person = (provider: 'google' | '42', overrides: { email?: string | null; emailVerified?: boolean } = {}) => {
    const user = {
      subject: provider === '42' ? String(90_000 + ++subjects) : `google-${++subjects}`,
      email: overrides.email === undefined ? uniqueEmail(provider === '42' ? 'student' : 'gmail') : overrides.email,
      emailVerified: overrides.emailVerified ?? true,
      name: 'Oauth Person',
    };
    fake.signIn(provider, user);
    return user;
  };
  const identities = async (session: SessionBody) =>
    ((await t.http.get('/api/auth/identities').set(...bearer(session)).expect(200)).body as Array<{ provider: string }>).map((i) => i.provider).sort();

  describe('sign-in', () => {
    it('Google: redirects with state and PKCE S256, comes back with a one-time code only, and the code gives a session', async () => {
      const who = person('google');
      const trip = await startOAuth(t, 'google', SPA);
      const authorize = Object.fromEntries(trip.authorizeUrl.searchParams);
      expect(trip.authorizeUrl.origin + trip.authorizeUrl.pathname).toBe(`${fake.baseUrl}/google/authorize`);
      expect(authorize).toMatchObject({ response_type: 'code', client_id: 'google-client-id', code_challenge_method: 'S256' });
      expect(authorize.redirect_uri).toBe('http://localhost:3000/api/auth/oauth/google/callback');
      expect(authorize.state).toBeTruthy();
      expect(authorize.code_challenge).toMatch(/^[\w-]{43}$/);
      expect(trip.cookie).toMatch(/^mr_oauth=/);

      const back = await finishOAuth(t, trip, trip.cookie);
      expect(`${back.origin}${back.pathname}`).toBe(SPA);
      expect([...back.searchParams.keys()]).toEqual(['code']);

      // PKCE: the token request carried the verifier matching the challenge, and it never appeared in a URL.
      const tokenRequest = fake.tokenRequests.at(-1)!;
      expect(tokenRequest.provider).toBe('google');
      const verifier = tokenRequest.params.code_verifier;
      expect(createHash('sha256').update(verifier).digest('base64url')).toBe(authorize.code_challenge);
      expect(trip.authorizeUrl.toString()).not.toContain(verifier);
      expect(trip.callbackUrl.toString()).not.toContain(verifier);

      const session = (await t.http.post('/api/auth/oauth/exchange').send({ code: back.searchParams.get('code') }).expect(200)).body as SessionBody;
      expect(session.user).toMatchObject({ email: who.email, emailVerified: true, displayName: 'Oauth Person' });
      expect(await identities(session)).toEqual(['google']);
    });

    it('42: works back to a custom-scheme app URI, with the profile read from the configured /v2/me', async () => {
      const who = person('42');
      const session = await oauthSignIn(t, fake, '42', APP);
      expect(session.user.email).toBe(who.email);
      expect(fake.tokenRequests.at(-1)!.provider).toBe('42');
      expect(await identities(session)).toEqual(['42']);
    });

    it('keys identities by provider subject: the same person comes back to the same account even with a new email', async () => {
      const who = person('google');
      const first = await oauthSignIn(t, fake, 'google', SPA);
      fake.signIn('google', { ...who, email: uniqueEmail('renamed') });
      const second = await oauthSignIn(t, fake, 'google', SPA);
      expect(second.user.id).toBe(first.user.id);
    });

    it('answers a refusal at the provider with ?error=OAUTH_DENIED', async () => {
      person('google');
      fake.denyNext('google');
      const trip = await startOAuth(t, 'google', SPA);
      const back = await finishOAuth(t, trip, trip.cookie);
      expect(back.searchParams.get('error')).toBe('OAUTH_DENIED');
      expect(back.searchParams.get('code')).toBeNull();
    });

    it('clears the nonce cookie on the way back', async () => {
      person('google');
      const trip = await startOAuth(t, 'google', SPA);
      const res = await t.http.get(trip.callbackUrl.pathname + trip.callbackUrl.search).set('Cookie', trip.cookie).expect(302);
      expect(cookieFrom(res.headers['set-cookie'], 'mr_oauth')).toBe('mr_oauth=');
    });
  });

  describe('state', () => {
    beforeEach(() => void person('google'));

    const callbackWith = (trip: { callbackUrl: URL }, state: string | null) => {
      const url = new URL(trip.callbackUrl);
      if (state === null) url.searchParams.delete('state');
      else url.searchParams.set('state', state);
      return { callbackUrl: url };
    };

    it('rejects a missing state with 400 and no redirect', async () => {
      const trip = await startOAuth(t, 'google', SPA);
      const forged = callbackWith(trip, null).callbackUrl;
      const res = await t.http.get(forged.pathname + forged.search).set('Cookie', trip.cookie).expect(400);
      expect(res.body.code).toBe('OAUTH_STATE_INVALID');
      expect(res.headers.location).toBeUndefined();
    });

    it('rejects a forged state (pointing the code at another site) with 400, never redirecting there', async () => {
      const trip = await startOAuth(t, 'google', SPA);
      const [body, mac] = trip.callbackUrl.searchParams.get('state')!.split('.');
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
      const evil = Buffer.from(JSON.stringify({ ...payload, redirectUri: 'https://evil.test/steal' })).toString('base64url');
      const tokenCalls = fake.tokenRequests.length;
      const forged = callbackWith(trip, `${evil}.${mac}`).callbackUrl;
      const res = await t.http.get(forged.pathname + forged.search).set('Cookie', trip.cookie).expect(400);
      expect(res.body.code).toBe('OAUTH_STATE_INVALID');
      expect(JSON.stringify(res.headers)).not.toContain('evil.test');
      expect(fake.tokenRequests.length).toBe(tokenCalls);
    });

    it('rejects a state altered in any way, even towards another allowed redirect', async () => {
      const trip = await startOAuth(t, 'google', SPA);
      const [body, mac] = trip.callbackUrl.searchParams.get('state')!.split('.');
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
      const altered = Buffer.from(JSON.stringify({ ...payload, redirectUri: APP })).toString('base64url');
      const forged = callbackWith(trip, `${altered}.${mac}`).callbackUrl;
      const res = await t.http.get(forged.pathname + forged.search).set('Cookie', trip.cookie).expect(400);
      expect(res.body.code).toBe('OAUTH_STATE_INVALID');
    });

    it('rejects a state issued for another provider', async () => {
      const trip = await startOAuth(t, 'google', SPA);
      const res = await t.http.get(`/api/auth/oauth/42/callback${trip.callbackUrl.search}`).set('Cookie', trip.cookie).expect(400);
      expect(res.body.code).toBe('OAUTH_STATE_INVALID');
    });

    it('rejects a valid state coming back in another browser (no or another nonce cookie): no code is issued', async () => {
      const victim = await startOAuth(t, 'google', SPA);
      const attacker = await startOAuth(t, 'google', SPA);
      const tokenCalls = fake.tokenRequests.length;
      const noCookie = await finishOAuth(t, victim, null);
      const otherCookie = await finishOAuth(t, victim, attacker.cookie);
      for (const back of [noCookie, otherCookie]) {
        expect(back.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
        expect(back.searchParams.get('code')).toBeNull();
      }
      expect(fake.tokenRequests.length).toBe(tokenCalls);
    });

    it('rejects an expired state', async () => {
      const trip = await startOAuth(t, 'google', SPA);
      const nonce = trip.cookie.split('=')[1].split('.')[0];
      const elevenMinutesAgo = Date.now() - 11 * 60_000;
      const stale = new OAuthStateCodec(t.config).sign({ provider: 'google', redirectUri: SPA, mode: 'login' }, nonce, elevenMinutesAgo);
      const back = await finishOAuth(t, callbackWith(trip, stale), trip.cookie);
      expect(back.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
      expect(back.searchParams.get('code')).toBeNull();
    });
  });

  describe('redirect allow-list', () => {
    it.each([
      'https://evil.test/auth',
      'http://localhost:5173.evil.test/auth',
      'http://localhost:5173@evil.test/auth',
      'http://localhost:5174/auth',
      'https://localhost:5173/auth',
      'musicroom://auth/elsewhere',
      'musicroom://evil',
      'javascript:alert(1)',
      'http://localhost:5173/auth#fragment',
    ])('refuses %s before going to the provider', async (redirectUri) => {
      const res = await t.http.get(`/api/auth/oauth/google?redirectUri=${encodeURIComponent(redirectUri)}`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details[0].field).toBe('redirectUri');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('accepts any path of an allowed web origin and the exact app URI', async () => {
      await t.http.get(`/api/auth/oauth/google?redirectUri=${encodeURIComponent('http://localhost:5173/deep/path?x=1')}`).expect(302);
      await t.http.get(`/api/auth/oauth/42?redirectUri=${encodeURIComponent(APP)}`).expect(302);
    });

    it('answers an unknown provider with 404', async () => {
      expect((await t.http.get(`/api/auth/oauth/facebook?redirectUri=${encodeURIComponent(SPA)}`).expect(404)).body.code).toBe('NOT_FOUND');
    });
  });

  describe('one-time code', () => {
    it('can be exchanged only once', async () => {
      person('google');
      const trip = await startOAuth(t, 'google', SPA);
      const code = (await finishOAuth(t, trip, trip.cookie)).searchParams.get('code');
      await t.http.post('/api/auth/oauth/exchange').send({ code }).expect(200);
      const again = await t.http.post('/api/auth/oauth/exchange').send({ code }).expect(400);
      expect(again.body.code).toBe('INVALID_TOKEN');
    });

    it('expires after 60 seconds', async () => {
      person('google');
      const trip = await startOAuth(t, 'google', SPA);
      const code = (await finishOAuth(t, trip, trip.cookie)).searchParams.get('code');
      const [row] = await t.app.get(Database).query<{ seconds: number }>(
        `SELECT EXTRACT(EPOCH FROM (expires_at - created_at))::int AS seconds FROM auth_tokens WHERE purpose = 'oauth_login' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(row.seconds).toBeLessThanOrEqual(60);
      await t.app.get(Database).query(`UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'oauth_login'`);
      expect((await t.http.post('/api/auth/oauth/exchange').send({ code }).expect(400)).body.code).toBe('INVALID_TOKEN');
    });
  });

  describe('accounts and linking', () => {
    it('joins a verified local account when the provider vouches for the same email', async () => {
      const email = uniqueEmail('both');
      const local = await registerVerified(t, smtp, email);
      person('google', { email: email.toUpperCase(), emailVerified: true });
      const viaGoogle = await oauthSignIn(t, fake, 'google', SPA);
      expect(viaGoogle.user.id).toBe(local.user.id);
      expect(await identities(viaGoogle)).toEqual(['google', 'password']);
    });

    it('does not join an account on an email the provider has not verified', async () => {
      const email = uniqueEmail('unproven');
      const local = await registerVerified(t, smtp, email);
      person('google', { email, emailVerified: false });
      const trip = await startOAuth(t, 'google', SPA);
      const back = await finishOAuth(t, trip, trip.cookie);
      expect(back.searchParams.get('error')).toBe('EMAIL_NOT_VERIFIED_BY_PROVIDER');
      expect(await identities(local)).toEqual(['password']);
    });

    it('takes over an unverified local account for the proven owner, dropping the password someone else set', async () => {
      const email = uniqueEmail('squatted');
      await register(t, email, 'attacker chosen passphrase');
      person('google', { email, emailVerified: true });
      const owner = await oauthSignIn(t, fake, 'google', SPA);
      expect(owner.user.emailVerified).toBe(true);
      await t.http.post('/api/auth/login').send({ email, password: 'attacker chosen passphrase' }).expect(401);
      expect(await identities(owner)).toEqual(['google']);
    });

    it('creates no account for an email the provider has not verified', async () => {
      person('google', { emailVerified: false });
      const trip = await startOAuth(t, 'google', SPA);
      const back = await finishOAuth(t, trip, trip.cookie);
      expect(back.searchParams.get('error')).toBe('EMAIL_NOT_VERIFIED_BY_PROVIDER');
      expect(back.searchParams.get('code')).toBeNull();
    });

    it('refuses a provider account without an email', async () => {
      person('google', { email: null });
      const trip = await startOAuth(t, 'google', SPA);
      expect((await finishOAuth(t, trip, trip.cookie)).searchParams.get('error')).toBe('UNPROCESSABLE');
    });

    const followLink = async (session: SessionBody, provider: 'google' | '42', redirectUri = SPA) => {
      const { url } = (await t.http.post(`/api/auth/oauth/${provider}/link`).set(...bearer(session)).send({ redirectUri }).expect(200)).body as { url: string };
      const start = new URL(url);
      expect(start.pathname).toBe(`/api/auth/oauth/${provider}`);
      const res = await t.http.get(start.pathname + start.search).expect(302);
      const cookie = cookieFrom(res.headers['set-cookie'], 'mr_oauth')!;
      const consent = await fetch(res.headers.location, { redirect: 'manual' });
      const callbackUrl = new URL(consent.headers.get('location')!);
      const back = await finishOAuth(t, { callbackUrl }, cookie);
      const linkCode = back.searchParams.get('linkCode');
      const confirmed = linkCode ? await t.http.post('/api/auth/oauth/link/confirm').set(...bearer(session)).send({ code: linkCode }) : null;
      return { url: start, back, confirmed };
    };

    it('links a provider to the signed-in account, which can then sign in with it', async () => {
      const session = await registerVerified(t, smtp);
      person('42', { email: uniqueEmail('other-address') });
      const { back, confirmed } = await followLink(session, '42');
      expect([...back.searchParams.keys()]).toEqual(['linkCode']);
      expect(confirmed?.status).toBe(204);
      expect(await identities(session)).toEqual(['42', 'password']);
      expect((await oauthSignIn(t, fake, '42', APP)).user.id).toBe(session.user.id);
    });

    it('accepts a link URL only once', async () => {
      const session = await registerVerified(t, smtp);
      person('google');
      const { url } = await followLink(session, 'google');
      const again = await t.http.get(url.pathname + url.search).expect(400);
      expect(again.body.code).toBe('INVALID_TOKEN');
    });

    it('refuses to link a provider account that belongs to someone else', async () => {
      person('google');
      const owner = await oauthSignIn(t, fake, 'google', SPA);
      const other = await registerVerified(t, smtp);
      const { confirmed } = await followLink(other, 'google');
      expect(confirmed?.status).toBe(409);
      expect(confirmed?.body.code).toBe('CONFLICT');
      expect(await identities(other)).toEqual(['password']);
      expect(await identities(owner)).toEqual(['google']);
    });

    it('unlinks a method, but never the last one', async () => {
      person('google');
      const session = await oauthSignIn(t, fake, 'google', SPA);
      const last = await t.http.delete('/api/auth/identities/google').set(...bearer(session)).expect(409);
      expect(last.body.code).toBe('CONFLICT');
      person('42');
      await followLink(session, '42');
      await t.http.delete('/api/auth/identities/google').set(...bearer(session)).expect(204);
      expect(await identities(session)).toEqual(['42']);
      await t.http.delete('/api/auth/identities/google').set(...bearer(session)).expect(404);
      await t.http.delete('/api/auth/identities/facebook').set(...bearer(session)).expect(404);
    });

    it('can remove the password once a provider is linked', async () => {
      const email = uniqueEmail('nopassword');
      const session = await registerVerified(t, smtp, email);
      person('google', { email: uniqueEmail('g') });
      await followLink(session, 'google');
      await t.http.delete('/api/auth/identities/password').set(...bearer(session)).expect(204);
      await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(401);
      expect(await identities(session)).toEqual(['google']);
    });

    it('lets only one of two simultaneous unlinks of the last two methods succeed', async () => {
      const session = await registerVerified(t, smtp);
      person('google', { email: uniqueEmail('g2') });
      await followLink(session, 'google');
      const results = await Promise.all([
        t.http.delete('/api/auth/identities/password').set(...bearer(session)),
        t.http.delete('/api/auth/identities/google').set(...bearer(session)),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
      expect(await identities(session)).toHaveLength(1);
    });

    it('lists the password with its sign-in methods', async () => {
      const email = uniqueEmail('list');
      await registerVerified(t, smtp, email);
      const session = await login(t, email);
      const res = await t.http.get('/api/auth/identities').set(...bearer(session)).expect(200);
      expect(res.body).toEqual([{ provider: 'password', linkedAt: expect.any(String) }]);
    });
  });
});
