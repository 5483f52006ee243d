import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { uniqueEmail } from '../../support/auth-client';
import { makeVerifiedAccount } from '../../support/account-factory';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

describe(`security finding 8 (LOW): forgot-password timing reveals nothing (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(() => t?.close());

  const timedForgot = async (email: string) => {
    const started = performance.now();
    await t.http.post('/api/auth/forgot-password').send({ email }).expect(202);
    return performance.now() - started;
  };

  it('finding 8: takes as long for an address with an account as for one without (medians of 40 within 15 %)', async () => {
    // A fresh account per known request: the one-mail-a-minute cooldown must not make the known path cheaper.
    const known = await Promise.all(Array.from({ length: 43 }, () => makeVerifiedAccount(t).then((a) => a.email)));
    for (let i = 0; i < 3; i++) await Promise.all([timedForgot(known.pop()!), timedForgot(uniqueEmail('ghost'))]);
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let round = 0; round < 40; round++) {
      // Alternate the order so a burst of load on the machine hits both series alike.
      if (round % 2 === 0) {
        knownTimes.push(await timedForgot(known.pop()!));
        unknownTimes.push(await timedForgot(uniqueEmail('ghost')));
      } else {
        unknownTimes.push(await timedForgot(uniqueEmail('ghost')));
        knownTimes.push(await timedForgot(known.pop()!));
      }
    }
    const [k, u] = [median(knownTimes), median(unknownTimes)];
    expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.15);
  });

  it('finding 8: answers both without touching accounts, tokens or mail, which are handled after the answer', async () => {
    const known = (await makeVerifiedAccount(t)).email;
    const db = t.app.get(Database);
    // While these tables are locked, any request that looks the account up or queues the mail cannot answer.
    const outcome = await db.transaction(async (tx) => {
      await tx.query('LOCK TABLE users, auth_tokens, mail_outbox IN ACCESS EXCLUSIVE MODE');
      const answers = Promise.all([timedForgot(known), timedForgot(uniqueEmail('ghost'))]).then(() => 'answered' as const);
      const blocked = new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 5_000).unref());
      return Promise.race([answers, blocked]);
    });
    expect(outcome).toBe('answered');
    // The work still happens, after the answer: the known address gets its reset link.
    await until(async () => (await db.query(`SELECT 1 FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1 AND t.purpose = 'reset_password'`, [known])).length === 1);
  });
});
