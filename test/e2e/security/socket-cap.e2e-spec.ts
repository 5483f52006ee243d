import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser } from '../../support/sessions';
import { connected, socketFor, until, type ClientSocket } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

describe(`security finding 10: sockets per user are capped (${databaseKind()})`, () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    t = await bootTestApp({ listen: true });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t?.close();
  });

  it('finding 10: the 11th socket of a user disconnects the oldest, which is told why', async () => {
    const user = await signedInUser(t, 'many-tabs');
    const endings: Array<{ index: number; reason: string }> = [];
    for (let i = 0; i < 11; i++) {
      const socket = socketFor(t.url, user.accessToken);
      socket.on('session.ended', ({ reason }) => void endings.push({ index: i, reason }));
      sockets.push(socket);
      await connected(socket);
    }
    await until(() => !sockets[0].connected);
    expect(endings).toEqual([{ index: 0, reason: 'too_many_connections' }]);
    expect(sockets.slice(1).every((s) => s.connected)).toBe(true);
  });
});
