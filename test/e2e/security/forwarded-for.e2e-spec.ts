import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail, STRONG_PASSWORD } from '../../support/auth-client';
import { makeAccount } from '../../support/account-factory';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { tempDataDir } from '../../support/users-client';

let rotating = 0;
const fakeIp = () => `198.51.100.${++rotating}`;

describe(`security finding 4 (MEDIUM): forged X-Forwarded-For under the production defaults (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production with nothing but what production demands: TRUST_PROXY and every limit at their defaults.
    t = await bootTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        PUBLIC_URL: 'https://musicroom.example',
        MAIL_TRANSPORT: 'log',
        DATABASE_EMBEDDED: 'disk',
        DATA_DIR: tempDataDir(),
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finding 4: trusts no proxy by default in production', () => {
    expect(t.config.http.trustProxy).toBe(false);
  });

  it('finding 4: 8 failed logins with a new X-Forwarded-For each still reach the per-IP login limit', async () => {
    const account = await makeAccount(t, { password: STRONG_PASSWORD });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await t.http.post('/api/auth/login').set('X-Forwarded-For', fakeIp()).send({ email: account.email, password: `guess number ${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('finding 4: forgot-password with a new X-Forwarded-For each still reaches the per-IP mail limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await t.http.post('/api/auth/forgot-password').set('X-Forwarded-For', fakeIp()).send({ email: uniqueEmail('forgot') })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
