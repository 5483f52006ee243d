import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goPrivateWhileListened } from '../support/private-room-scenario';
import { bootTestApp, type TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';

describe.runIf(onPostgres() && Boolean(process.env.REDIS_URL))('security finding 3 (MEDIUM): realtime after a room turns private, two instances with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { REDIS_URL: process.env.REDIS_URL!, JWT_SECRET: randomBytes(32).toString('hex'), RATE_LIMIT_PER_MINUTE: '0' };
    a = await bootTestApp({ env, listen: true });
    b = await bootTestApp({ env, listen: true, database: a.config.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('finding 3: not one frame reaches 20 non-member sockets on either instance after the owner makes the event private and proposes a track', async () => {
    const { leaked, ownerSaw } = await goPrivateWhileListened([a, b]);
    expect(leaked).toEqual([]);
    expect(ownerSaw).toContain('event.updated');
  });
});
