import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { bearer, uniqueEmail, STRONG_PASSWORD } from '../../support/auth-client';
import { makeAccount } from '../../support/account-factory';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

let ipCounter = 0;
/** A new client address for each use (TRUST_PROXY trusts X-Forwarded-For from loopback in tests). */
const newIp = () => `203.0.113.${++ipCounter}`;

describe(`rate limits (${databaseKind()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({
      env: {
        LOGIN_MAX_FAILURES: '3',
        LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '0',
        LOGIN_MAX_FAILURES_PER_IP: '6',
        RATE_LIMIT_AUTH_PER_MINUTE: '3',
        RATE_LIMIT_PER_MINUTE: '20',
      },
    });
  });
  afterAll(() => t?.close());

  const loginFrom = (ip: string, email: string, password: string) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
  const expectRateLimited = (res: { status: number; body: { code: string }; headers: Record<string, string> }, maxSeconds: number) => {
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('RATE_LIMITED');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  };

  describe('failed logins per account', () => {
    it('slows the account down after LOGIN_MAX_FAILURES failures from any IPs, even for the right password, until the window ends', async () => {
      const account = await makeAccount(t, { password: STRONG_PASSWORD });
      for (let i = 0; i < 3; i++) expect((await loginFrom(newIp(), account.email, `wrong guess number ${i}`)).status).toBe(401);
      expectRateLimited(await loginFrom(newIp(), account.email, 'wrong guess again'), 30);
      expectRateLimited(await loginFrom(newIp(), account.email, account.password), 30);

      await t.app.get(Database).query(`UPDATE auth_login_attempts SET window_started_at = now() - interval '16 minutes'`);
      expect((await loginFrom(newIp(), account.email, account.password)).status).toBe(200);
    });

    it('locks unknown emails the same way, so the lock reveals nothing', async () => {
      const known = await makeAccount(t, { password: STRONG_PASSWORD });
      const unknown = uniqueEmail('nobody');
      const statuses = async (email: string) => {
        const out: number[] = [];
        for (let i = 0; i < 4; i++) out.push((await loginFrom(newIp(), email, `wrong guess ${i}`)).status);
        return out;
      };
      expect(await statuses(unknown)).toEqual([401, 401, 401, 429]);
      expect(await statuses(known.email)).toEqual([401, 401, 401, 429]);
    });

    it('starts afresh after a successful login', async () => {
      const account = await makeAccount(t, { password: STRONG_PASSWORD });
      const ip = newIp();
      await loginFrom(ip, account.email, 'wrong guess one');
      await loginFrom(ip, account.email, 'wrong guess two');
      expect((await loginFrom(ip, account.email, account.password)).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await loginFrom(ip, account.email, `wrong again ${i}`)).status).toBe(401);
    });

    it('cannot be outrun by parallel guesses', async () => {
      const account = await makeAccount(t, { password: STRONG_PASSWORD });
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => loginFrom(newIp(), account.email, `parallel guess ${i}`)));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    });
  });

  describe('failed logins per IP', () => {
    it('blocks an address after LOGIN_MAX_FAILURES_PER_IP failures across accounts; other addresses are unaffected', async () => {
      const ip = newIp();
      for (let i = 0; i < 6; i++) expect((await loginFrom(ip, uniqueEmail('spray'), 'sprayed password')).status).toBe(401);
      const account = await makeAccount(t, { password: STRONG_PASSWORD });
      expectRateLimited(await loginFrom(ip, account.email, account.password), 900);
      expect((await loginFrom(newIp(), account.email, account.password)).status).toBe(200);
    });
  });

  describe('mail-sending routes per IP', () => {
    it('share RATE_LIMIT_AUTH_PER_MINUTE between register, resend-verification and forgot-password', async () => {
      const ip = newIp();
      const post = (path: string, body: object) => t.http.post(`/api/auth/${path}`).set('X-Forwarded-For', ip).send(body);
      expect((await post('register', { email: uniqueEmail(), password: 'a long enough passphrase', displayName: 'R' })).status).toBe(202);
      expect((await post('resend-verification', { email: uniqueEmail() })).status).toBe(202);
      expect((await post('forgot-password', { email: uniqueEmail() })).status).toBe(202);
      expectRateLimited(await post('forgot-password', { email: uniqueEmail() }), 60);
      expectRateLimited(await post('register', { email: uniqueEmail(), password: 'a long enough passphrase', displayName: 'R' }), 60);
      // Another address still has its budget; logins are not part of it.
      expect((await t.http.post('/api/auth/forgot-password').set('X-Forwarded-For', newIp()).send({ email: uniqueEmail() })).status).toBe(202);
      expect((await loginFrom(ip, uniqueEmail(), 'whatever password')).status).toBe(401);
    });
  });

  describe('general limit', () => {
    it('counts RATE_LIMIT_PER_MINUTE per signed-in user, not per address', async () => {
      const ip = newIp();
      const [a, b] = await Promise.all([makeAccount(t, { password: STRONG_PASSWORD }), makeAccount(t, { password: STRONG_PASSWORD })]);
      const sessionA = (await loginFrom(newIp(), a.email, a.password).expect(200)).body as { accessToken: string };
      const sessionB = (await loginFrom(newIp(), b.email, b.password).expect(200)).body as { accessToken: string };
      const meAs = (session: { accessToken: string }) => t.http.get('/api/users/me').set('X-Forwarded-For', ip).set(...bearer(session));
      for (let i = 0; i < 20; i++) expect((await meAs(sessionA)).status).toBe(200);
      expectRateLimited(await meAs(sessionA), 60);
      expect((await meAs(sessionB)).status).toBe(200);
    });

    it('counts anonymous calls per address', async () => {
      const ip = newIp();
      const anonymous = () => t.http.post('/api/auth/refresh').set('X-Forwarded-For', ip).send({ refreshToken: 'not-a-token' });
      for (let i = 0; i < 20; i++) expect((await anonymous()).status).toBe(401);
      expectRateLimited(await anonymous(), 60);
      expect((await t.http.post('/api/auth/refresh').set('X-Forwarded-For', newIp()).send({ refreshToken: 'x' })).status).toBe(401);
    });
  });
});
