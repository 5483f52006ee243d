import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register, uniqueEmail } from '../../support/auth-client';
import { makeVerifiedAccount } from '../../support/account-factory';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

describe(`login timing and switched-off limits (${databaseKind()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({
      env: {
        LOGIN_MAX_FAILURES: '0',
        LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '0',
        LOGIN_MAX_FAILURES_PER_IP: '0',
        RATE_LIMIT_AUTH_PER_MINUTE: '0',
        RATE_LIMIT_PER_MINUTE: '0',
      },
    });
  });
  afterAll(() => t?.close());

  const timedLogin = async (email: string) => {
    const started = performance.now();
    const res = await t.http.post('/api/auth/login').send({ email, password: 'definitely not it' });
    expect(res.status).toBe(401);
    return performance.now() - started;
  };

  it('takes as long for an unknown email as for a wrong password (medians of 20 within 30 %)', async () => {
    const known = (await makeVerifiedAccount(t)).email;
    const unknown = uniqueEmail('ghost');
    for (let i = 0; i < 3; i++) await Promise.all([timedLogin(known), timedLogin(unknown)]).catch(() => undefined);
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let round = 0; round < 20; round++) {
      // Alternate the order so a burst of load on the machine hits both series alike.
      if (round % 2 === 0) {
        knownTimes.push(await timedLogin(known));
        unknownTimes.push(await timedLogin(unknown));
      } else {
        unknownTimes.push(await timedLogin(unknown));
        knownTimes.push(await timedLogin(known));
      }
    }
    const [k, u] = [median(knownTimes), median(unknownTimes)];
    expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.3);
  });

  it('never answers 429 when the limits are set to 0', async () => {
    const account = await makeVerifiedAccount(t);
    const failures = await Promise.all(Array.from({ length: 15 }, () => t.http.post('/api/auth/login').send({ email: account.email, password: 'wrong guess' })));
    expect(new Set(failures.map((r) => r.status))).toEqual(new Set([401]));
    await t.http.post('/api/auth/login').send({ email: account.email, password: account.password }).expect(200);
    for (let i = 0; i < 12; i++) await register(t, uniqueEmail('many'));
  });

  it('answers 503 PROVIDER_UNAVAILABLE for a provider this server has no credentials for', async () => {
    const res = await t.http.get(`/api/auth/oauth/google?redirectUri=${encodeURIComponent('http://localhost:3000/')}`).expect(503);
    expect(res.body.code).toBe('PROVIDER_UNAVAILABLE');
  });
});
