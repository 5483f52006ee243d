import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { connected, record, socketFor, until, type ClientSocket } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { tempDataDir } from '../../support/users-client';

describe('friend notifications in the user room', () => {
  let t: TestApp;
  let alice: SignedInUser;
  let bob: SignedInUser;
  const sockets: ClientSocket[] = [];
  const open = async (user: SignedInUser) => {
    const socket = socketFor(t.url, user.accessToken);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await bootTestApp({ listen: true, env: { DATA_DIR: tempDataDir() } });
    alice = await signedInUser(t, 'alice');
    bob = await signedInUser(t, 'bob');
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  it('notifies the addressee of a request, and the requester once it is accepted', async () => {
    const aliceSeen = record(await open(alice), ['notification']);
    const bobSeen = record(await open(bob), ['notification']);
    const request = (await t.http.post('/api/friends/requests').set(...authHeader(alice)).send({ userId: bob.id }).expect(201)).body as { id: string };
    await until(() => bobSeen.length === 1);
    expect(bobSeen[0].payload).toMatchObject({ room: `user:${bob.id}`, type: 'friend.request', requestId: request.id, fromUserId: alice.id });
    expect(typeof bobSeen[0].payload.at).toBe('string');
    expect(bobSeen[0].payload).not.toHaveProperty('version');

    // A repeated request is the same request: no second notification.
    await t.http.post('/api/friends/requests').set(...authHeader(alice)).send({ userId: bob.id }).expect(201);
    await t.http.post(`/api/friends/requests/${request.id}/accept`).set(...authHeader(bob)).expect(200);
    await until(() => aliceSeen.length === 1);
    expect(aliceSeen[0].payload).toMatchObject({ room: `user:${alice.id}`, type: 'friend.accepted', userId: bob.id });
    expect(bobSeen).toHaveLength(1);
    expect(aliceSeen).toHaveLength(1);
  });
});
