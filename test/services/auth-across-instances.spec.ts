import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount } from '../support/account-factory';
import { bearer, uniqueEmail, STRONG_PASSWORD } from '../support/auth-client';
import { TcpProxy } from '../support/tcp-proxy';
import { bootTestApp, type TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_PORT = Number(new URL(REDIS_URL).port || 6379);
/** Random documentation-range addresses, so runs against the same Redis never share counters. */
const randomIp = () => `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}`;

describe('rate limits shared through Redis by two instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { REDIS_URL, RATE_LIMIT_AUTH_PER_MINUTE: '3' };
    [a, b] = await Promise.all([bootTestApp({ env }), bootTestApp({ env })]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('counts the per-IP budget of mail-sending routes across instances', async () => {
    const ip = randomIp();
    const forgot = (app: TestApp) => app.http.post('/api/auth/forgot-password').set('X-Forwarded-For', ip).send({ email: uniqueEmail() });
    expect((await forgot(a)).status).toBe(202);
    expect((await forgot(b)).status).toBe(202);
    expect((await forgot(a)).status).toBe(202);
    const blocked = await forgot(b);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('rate limits while Redis is down', () => {
  const proxy = new TcpProxy('127.0.0.1', REDIS_PORT);
  let t: TestApp;
  beforeAll(async () => {
    await proxy.start();
    t = await bootTestApp({ env: { REDIS_URL: `redis://${proxy.url}`, RATE_LIMIT_AUTH_PER_MINUTE: '2' } });
  });
  afterAll(async () => {
    await t?.close();
    await proxy.stop();
  });

  it('keeps answering, counting in memory until Redis is back', async () => {
    await proxy.cut();
    const ip = randomIp();
    const forgot = () => t.http.post('/api/auth/forgot-password').set('X-Forwarded-For', ip).send({ email: uniqueEmail() });
    expect([(await forgot()).status, (await forgot()).status, (await forgot()).status]).toEqual([202, 202, 429]);
    await proxy.restore();
  });
});

describe.runIf(onPostgres())('login brake and revocation shared through PostgreSQL by two instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { LOGIN_MAX_FAILURES: '3', JWT_SECRET: 'shared-secret-of-both-instances-0123456789abcdef' };
    a = await bootTestApp({ env });
    b = await bootTestApp({ env, database: a.config.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('counts failed logins of one account across instances', async () => {
    const account = await makeAccount(a, { password: STRONG_PASSWORD });
    const attempt = (app: TestApp) => app.http.post('/api/auth/login').set('X-Forwarded-For', randomIp()).send({ email: account.email, password: 'wrong guess' });
    expect([(await attempt(a)).status, (await attempt(b)).status, (await attempt(a)).status]).toEqual([401, 401, 401]);
    expect((await attempt(b)).status).toBe(429);
  });

  it('stops a session logged out on one instance on the other within the liveness cache (5 s)', async () => {
    const account = await makeAccount(a, { password: STRONG_PASSWORD });
    const session = (await a.http.post('/api/auth/login').send({ email: account.email, password: account.password }).expect(200)).body;
    await b.http.get('/api/users/me').set(...bearer(session)).expect(200);
    await a.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
    await a.http.get('/api/users/me').set(...bearer(session)).expect(401);
    const deadline = Date.now() + 6_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await b.http.get('/api/users/me').set(...bearer(session))).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(401);
  });
});
