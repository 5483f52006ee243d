import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database as Database } from '../../../src/infra/database';
import { makeAccount } from '../../support/account-factory';
import { STRONG_PASSWORD } from '../../support/auth-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

const ATTACKER = '203.0.113.66';
const OWNER = '192.0.2.10';

describe(`security finding 6 (LOW): nobody can lock anybody out of password login (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const loginFrom = (ip: string, email: string, password: string) => t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it("finding 6: the owner signs in from another IP after 10 failures from an attacker's IP, and the attacker is slowed down", async () => {
    const account = await makeAccount(t, { password: STRONG_PASSWORD });
    const attacker: number[] = [];
    for (let i = 0; i < 10; i++) attacker.push((await loginFrom(ATTACKER, account.email, `attacker guess ${i}`)).status);
    expect(attacker).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);

    const braked = await loginFrom(ATTACKER, account.email, account.password);
    expect(braked.status).toBe(429);
    expect(Number(braked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(braked.headers['retry-after'])).toBeLessThanOrEqual(30);

    expect((await loginFrom(OWNER, account.email, account.password)).status).toBe(200);
  });

  it('finding 6: the delays grow instead of a wall: the next attempt after the wait is counted, then the wait doubles', async () => {
    const account = await makeAccount(t, { password: STRONG_PASSWORD });
    for (let i = 0; i < 5; i++) await loginFrom(ATTACKER, account.email, `guess ${i}`).expect(401);
    const first = Number((await loginFrom(ATTACKER, account.email, 'guess 5')).headers['retry-after']);
    // Wind the pair's clock past the first wait, as if 31 seconds had gone by.
    await t.app.get(Database).query(`UPDATE auth_login_attempts SET last_attempt_at = last_attempt_at - interval '31 seconds' WHERE key LIKE 'pair:%:' || $1`, [ATTACKER]);
    await loginFrom(ATTACKER, account.email, 'guess 6').expect(401);
    const second = Number((await loginFrom(ATTACKER, account.email, 'guess 7')).headers['retry-after']);
    expect(first).toBeLessThanOrEqual(30);
    expect(second).toBeGreaterThan(30);
    expect(second).toBeLessThanOrEqual(60);
  });
});
