import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaylistMembersDto } from '../../../src/modules/playlists/dto/playlist-members.dto';
import { createPlaylist, makeMember, signIn, type Client } from '../../support/playlists-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';

describe(`playlist members (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: Client;
  let alice: Client;
  let bob: Client;

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
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

  it('removes a member, who then no longer appears nor sees a private playlist', async () => {
    const p = await createPlaylist(t, owner, { visibility: 'private' });
    await makeMember(t, owner, p.id, alice);
    await t.http.delete(`/api/playlists/${p.id}/members/${alice.id}`).set(...owner.auth).expect(204);
    expect((await roster(p.id, owner)).members.map((m) => m.user.id)).toEqual([owner.id]);
    expectError(await t.http.get(`/api/playlists/${p.id}/members`).set(...alice.auth), 404, 'NOT_FOUND');
  });
});
