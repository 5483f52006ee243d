import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { bearer, cookieFrom, login, registerVerified, uniqueEmail, type SessionBody } from '../../support/auth-client';
import { AuthProbeModule } from '../../support/probe/auth-probe.module';
import { SmtpCapture } from '../../support/smtp-capture';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe(`sessions and the auth guard (${databaseKind()})`, () => {
  let t: TestApp;
  const smtp = new SmtpCapture();
  let secret: string;

  beforeAll(async () => {
    await smtp.start();
    t = await bootTestApp({ env: { SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '0' }, extraModules: [AuthProbeModule] });
    secret = t.config.jwt.secret;
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  const refresh = (refreshToken: string | undefined) => t.http.post('/api/auth/refresh').send({ refreshToken });
  const me = (session: { accessToken: string }) => t.http.get('/api/users/me').set(...bearer(session));
  const claimsOf = (session: SessionBody) => jwt.decode(session.accessToken) as { sub: string; sid: string; iat: number; exp: number };
  /** A token signed with the server's own secret and claims of our choosing. */
  const forge = (claims: object, options: jwt.SignOptions = {}) =>
    jwt.sign(claims, secret, { algorithm: 'HS256', issuer: 'musicroom', audience: 'musicroom-api', ...('exp' in claims ? {} : { expiresIn: 300 }), ...options });

  describe('access tokens', () => {
    it('are HS256 JWTs with sub and sid, valid for at most 15 minutes', async () => {
      const session = await registerVerified(t, smtp);
      const header = JSON.parse(Buffer.from(session.accessToken.split('.')[0], 'base64url').toString()) as { alg: string };
      const claims = claimsOf(session);
      expect(header.alg).toBe('HS256');
      expect(claims.sub).toBe(session.user.id);
      expect(claims.sid).toMatch(/^[0-9a-f-]{36}$/);
      expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);
      expect(session.expiresIn).toBe(claims.exp - claims.iat);
    });

    it('rejects a token with alg "none"', async () => {
      const session = await registerVerified(t, smtp);
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${session.accessToken.split('.')[1]}.`;
      const res = await me({ accessToken: unsigned }).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a token signed with another secret, or with another algorithm', async () => {
      const session = await registerVerified(t, smtp);
      const { sub, sid } = claimsOf(session);
      const otherSecret = jwt.sign({ sub, sid, ev: true }, 'x'.repeat(48), { algorithm: 'HS256', issuer: 'musicroom', audience: 'musicroom-api' });
      expect((await me({ accessToken: otherSecret }).expect(401)).body.code).toBe('UNAUTHENTICATED');
      const hs512 = forge({ sub, sid, ev: true }, { algorithm: 'HS512' });
      expect((await me({ accessToken: hs512 }).expect(401)).body.code).toBe('UNAUTHENTICATED');
      // Control: the same claims signed the expected way pass, so the rejections above are about the signature.
      await me({ accessToken: forge({ sub, sid, ev: true }) }).expect(200);
    });

    it('rejects a tampered payload', async () => {
      const session = await registerVerified(t, smtp);
      const other = await registerVerified(t, smtp);
      const [h, , s] = session.accessToken.split('.');
      const tampered = `${h}.${b64({ ...claimsOf(session), sub: other.user.id })}.${s}`;
      await me({ accessToken: tampered }).expect(401);
    });

    it('answers an expired token with TOKEN_EXPIRED', async () => {
      const session = await registerVerified(t, smtp);
      const { sub, sid } = claimsOf(session);
      const expired = forge({ sub, sid, ev: true, exp: Math.floor(Date.now() / 1000) - 10 });
      const res = await me({ accessToken: expired }).expect(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
    });

    it('answers a missing or malformed Authorization header with UNAUTHENTICATED', async () => {
      expect((await t.http.get('/api/users/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
      expect((await t.http.get('/api/users/me').set('Authorization', 'Basic abc').expect(401)).body.code).toBe('UNAUTHENTICATED');
      expect((await t.http.get('/api/users/me').set('Authorization', 'Bearer not.a.jwt').expect(401)).body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every refresh: the new pair works, the spent token does not', async () => {
      const first = await registerVerified(t, smtp);
      const second = (await refresh(first.refreshToken).expect(200)).body as SessionBody;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(claimsOf(second).sid).toBe(claimsOf(first).sid);
      await me(second).expect(200);
      const third = (await refresh(second.refreshToken).expect(200)).body as SessionBody;
      await me(third).expect(200);
    });

    it('reusing a rotated token ends the whole session (family)', async () => {
      const first = await registerVerified(t, smtp);
      const second = (await refresh(first.refreshToken).expect(200)).body as SessionBody;

      const replay = await refresh(first.refreshToken).expect(401);
      expect(replay.body.code).toBe('UNAUTHENTICATED');
      // The legitimate holder of the newest tokens is signed out too: the family is revoked.
      await refresh(second.refreshToken).expect(401);
      await me(second).expect(401);
    });

    it('lets exactly one of two simultaneous refreshes with the same token through, then ends the session', async () => {
      const session = await registerVerified(t, smtp);
      const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = results.find((r) => r.status === 200)!.body as SessionBody;
      await refresh(winner.refreshToken).expect(401);
    });

    it('are stored hashed', async () => {
      const session = await registerVerified(t, smtp);
      const rows = await t.app.get(Database).query<{ token_hash: string }>(
        'SELECT token_hash FROM auth_refresh_tokens WHERE session_id = $1',
        [claimsOf(session).sid],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toBe(session.refreshToken);
    });

    it('rejects an unknown refresh token', async () => {
      expect((await refresh('made-up-token').expect(401)).body.code).toBe('UNAUTHENTICATED');
      expect((await t.http.post('/api/auth/refresh').send({}).expect(401)).body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('logout', () => {
    it('ends only its own session, at once, and is idempotent', async () => {
      const email = uniqueEmail('logout');
      const phone = await registerVerified(t, smtp, email);
      const laptop = await login(t, email);
      await t.http.post('/api/auth/logout').send({ refreshToken: phone.refreshToken }).expect(204);
      await me(phone).expect(401);
      await refresh(phone.refreshToken).expect(401);
      await t.http.post('/api/auth/logout').send({ refreshToken: phone.refreshToken }).expect(204);
      await t.http.post('/api/auth/logout').send({}).expect(204);
      await me(laptop).expect(200);
    });
  });

  describe('the web client', () => {
    const web = { 'X-Client-Platform': 'web' };

    it('gets its refresh token in an httpOnly, Secure, SameSite=Strict cookie, not in the body', async () => {
      const email = uniqueEmail('web');
      await registerVerified(t, smtp, email);
      const res = await t.http.post('/api/auth/login').set(web).send({ email, password: 'correct horse battery staple' }).expect(200);
      expect(res.body.refreshToken).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
      const setCookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('mr_refresh='))!;
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/Secure/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      expect(setCookie).toMatch(/Path=\/api\/auth/i);

      const cookie = cookieFrom(res.headers['set-cookie'], 'mr_refresh')!;
      const refreshed = await t.http.post('/api/auth/refresh').set(web).set('Cookie', cookie).send({}).expect(200);
      const next = cookieFrom(refreshed.headers['set-cookie'], 'mr_refresh')!;
      expect(next).not.toBe(cookie);
      await me(refreshed.body).expect(200);

      // Without the platform header the cookie is not used (a cross-site form cannot add that header).
      await t.http.post('/api/auth/refresh').set('Cookie', next).send({}).expect(401);

      const out = await t.http.post('/api/auth/logout').set(web).set('Cookie', next).send({}).expect(204);
      expect(cookieFrom(out.headers['set-cookie'], 'mr_refresh')).toBe('mr_refresh=');
      await me(refreshed.body).expect(401);
    });

    it('mobile clients get the refresh token in the body', async () => {
      const email = uniqueEmail('ios');
      await registerVerified(t, smtp, email);
      const res = await t.http.post('/api/auth/login').set('X-Client-Platform', 'ios').send({ email, password: 'correct horse battery staple' });
      expect(res.status).toBe(200);
      expect(typeof res.body.refreshToken).toBe('string');
      expect(res.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('the global guard', () => {
    it('lets public routes through and still recognises a signed-in caller there', async () => {
      expect((await t.http.get('/api/_auth_probe/public').expect(200)).body).toEqual({ user: null });
      const session = await registerVerified(t, smtp);
      const res = await t.http.get('/api/_auth_probe/public').set(...bearer(session)).expect(200);
      expect(res.body.user).toMatchObject({ id: session.user.id, emailVerified: true });
    });

    it('sets the caller (id, session, verification) on protected routes', async () => {
      const session = await registerVerified(t, smtp);
      const res = await t.http.post('/api/_auth_probe/write').set(...bearer(session)).expect(201);
      expect(res.body).toEqual({ id: session.user.id, sessionId: claimsOf(session).sid, emailVerified: true });
    });

    it('requires a verified email for writes by default, not for reads, with the decorators overriding', async () => {
      const session = await registerVerified(t, smtp);
      const { sub, sid } = claimsOf(session);
      const unverified = { accessToken: forge({ sub, sid, ev: false }) };
      const as = (path: string, method: 'get' | 'post') => t.http[method](`/api/_auth_probe/${path}`).set(...bearer(unverified));

      await as('read', 'get').expect(200);
      expect((await as('write', 'post').expect(403)).body.code).toBe('EMAIL_NOT_VERIFIED');
      await as('write-unverified-allowed', 'post').expect(201);
      expect((await as('read-verified-only', 'get').expect(403)).body.code).toBe('EMAIL_NOT_VERIFIED');
    });

    it('refuses the access token of a session that has ended', async () => {
      const session = await registerVerified(t, smtp);
      await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      const res = await t.http.get('/api/_auth_probe/read').set(...bearer(session)).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });
});
