import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goPrivateWhileListened } from '../../support/private-room-scenario';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

describe(`security finding 3 (MEDIUM): realtime broadcasts after a room turns private, one instance (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ listen: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finding 3: not one frame reaches 20 non-member sockets after the owner makes the event private and proposes a track', async () => {
    const { leaked, ownerSaw } = await goPrivateWhileListened([t]);
    expect(leaked).toEqual([]);
    expect(ownerSaw.indexOf('event.updated')).toBeLessThan(ownerSaw.indexOf('queue.track_added'));
  });
});
