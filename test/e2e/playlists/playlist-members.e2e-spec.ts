import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaylistMembersDto } from '../../../src/modules/playlists/dto/playlist-members.dto';
import { createPlaylist, makeMember, signIn, type Client } from '../../support/playlists-client';
import { connected, record, socketFor, subscribe, until } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';

describe(`playlist members (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: Client;
  let alice: Client;
  let bob: Client;

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' }, listen: true });
    [owner, alice, bob] = [await signIn(t, 'owner'), await signIn(t, 'alice'), await signIn(t, 'bob')];
  });
  afterAll(async () => {
    await t?.close();
  });

  const roster = async (id: string, who: Client): Promise<PlaylistMembersDto> =>
    (await t.http.get(`/api/playlists/${id}/members`).set(...who.auth).expect(200)).body as PlaylistMembersDto;
  const invite = async (id: string, who: Client): Promise<string> =>
    (await t.http.post(`/api/playlists/${id}/invitations`).set(...owner.auth).send({ userId: who.id }).expect(201)).body.id as string;

  it('lists the owner and members with their role; pending invitations for the owner only', async () => {
    const p = await createPlaylist(t, owner, { visibility: 'private' });
    await makeMember(t, owner, p.id, alice);
    const pending = await invite(p.id, bob);
    const seen = await roster(p.id, owner);
    expect(seen.members.map((m) => [m.user.id, m.role])).toEqual([
      [owner.id, 'owner'],
      [alice.id, 'editor'],
    ]);
    expect(seen.invitations).toEqual([
      { id: pending, invitee: expect.objectContaining({ id: bob.id }), role: null, invitedBy: expect.objectContaining({ id: owner.id }), createdAt: expect.any(String) },
    ]);
    expect(seen.version).toBeGreaterThan(0);
    expect((await roster(p.id, alice)).invitations).toBeNull();
    expectError(await t.http.get(`/api/playlists/${p.id}/members`).set(...bob.auth), 404, 'NOT_FOUND');
  });

  it('pages the roster with ?limit and ?cursor: the owner first, then members in the order they joined', async () => {
    const p = await createPlaylist(t, owner, { visibility: 'public' });
    await makeMember(t, owner, p.id, alice);
    await makeMember(t, owner, p.id, bob);
    const everyone = [owner.id, alice.id, bob.id];
    const whole = await roster(p.id, bob);
    expect(whole.items.map((m) => m.user.id)).toEqual(everyone);
    expect(whole.nextCursor).toBeNull();
    expect(whole.members).toEqual(whole.items);
    for (const limit of [1, 2]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const query: string = cursor ? `limit=${limit}&cursor=${cursor}` : `limit=${limit}`;
        const page = (await t.http.get(`/api/playlists/${p.id}/members?${query}`).set(...alice.auth).expect(200)).body as PlaylistMembersDto;
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((m) => m.user.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen, `limit ${limit}`).toEqual(everyone);
    }
    for (const bad of ['limit=0', 'limit=101', 'cursor=nope']) {
      expectError(await t.http.get(`/api/playlists/${p.id}/members?${bad}`).set(...owner.auth), 400, 'VALIDATION_FAILED');
    }
  });

  it('lets the owner cancel a pending invitation, bumping the version; refuses members and strangers', async () => {
    const p = await createPlaylist(t, owner, { visibility: 'private' });
    await makeMember(t, owner, p.id, alice);
    const pending = await invite(p.id, bob);
    const before = (await roster(p.id, owner)).version;
    expectError(await t.http.delete(`/api/playlists/${p.id}/invitations/${pending}`).set(...alice.auth), 403, 'FORBIDDEN');
    expectError(await t.http.delete(`/api/playlists/${p.id}/invitations/${pending}`).set(...bob.auth), 404, 'NOT_FOUND');
    await t.http.delete(`/api/playlists/${p.id}/invitations/${pending}`).set(...owner.auth).expect(204);
    const after = await roster(p.id, owner);
    expect(after.invitations).toEqual([]);
    expect(after.version).toBe(before + 1);
    expectError(await t.http.post(`/api/invitations/${pending}/accept`).set(...bob.auth), 404, 'NOT_FOUND');
    expectError(await t.http.delete(`/api/playlists/${p.id}/invitations/${pending}`).set(...owner.auth), 404, 'NOT_FOUND');
    expectError(await t.http.delete(`/api/playlists/${p.id}/invitations/not-a-uuid`).set(...owner.auth), 400, 'VALIDATION_FAILED');
  });

  it('a removed member’s socket leaves the room at once; members.changed carries the playlist’s new version', async () => {
    const p = await createPlaylist(t, owner, { visibility: 'private' });
    await makeMember(t, owner, p.id, alice);
    const subscribed = async (who: Client) => {
      const socket = socketFor(t.url, who.accessToken);
      await connected(socket);
      expect(await subscribe(socket, `playlist:${p.id}`)).toMatchObject({ ok: true });
      return socket;
    };
    const [ownerSocket, aliceSocket] = [await subscribed(owner), await subscribed(alice)];
    try {
      const ownerSaw = record(ownerSocket, ['members.changed', 'playlist.updated']);
      const aliceSaw = record(aliceSocket, ['members.changed', 'playlist.updated']);
      const before = (await roster(p.id, owner)).version;
      await t.http.delete(`/api/playlists/${p.id}/members/${alice.id}`).set(...owner.auth).expect(204);
      await until(() => ownerSaw.length === 1);
      expect(ownerSaw[0]).toMatchObject({ name: 'members.changed', payload: { room: `playlist:${p.id}`, userId: alice.id, role: null, version: before + 1 } });
      expect((await roster(p.id, owner)).version).toBe(before + 1);
      // The removed member hears of their own removal as their socket leaves (an open editor can say why it
      // closes); a later frame reaches the owner but never them.
      await until(() => aliceSaw.length === 1);
      expect(aliceSaw).toEqual([ownerSaw[0]]);
      await t.http.patch(`/api/playlists/${p.id}`).set(...owner.auth).send({ name: 'Renamed' }).expect(200);
      await until(() => ownerSaw.length === 2);
      expect(ownerSaw[1]).toMatchObject({ name: 'playlist.updated', payload: { version: before + 2 } });
      expect(aliceSaw).toHaveLength(1);
      expect(await aliceSocket.emitWithAck('subscribe', { room: `playlist:${p.id}` })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    } finally {
      ownerSocket.close();
      aliceSocket.close();
    }
  });

  it('removes a member, who then no longer appears nor sees a private playlist', async () => {
    const p = await createPlaylist(t, owner, { visibility: 'private' });
    await makeMember(t, owner, p.id, alice);
    await t.http.delete(`/api/playlists/${p.id}/members/${alice.id}`).set(...owner.auth).expect(204);
    expect((await roster(p.id, owner)).members.map((m) => m.user.id)).toEqual([owner.id]);
    expectError(await t.http.get(`/api/playlists/${p.id}/members`).set(...alice.auth), 404, 'NOT_FOUND');
  });
});
