import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTrack, createPlaylist, getPlaylist, makeMember, signIn, type Client, bundled } from '../../support/playlists-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';

describe(`playlist visibility and edit licence (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: Client;
  let member: Client;
  let stranger: Client;

  beforeAll(async () => {
    t = await bootTestApp();
    owner = await signIn(t, 'owner');
    member = await signIn(t, 'member');
    stranger = await signIn(t, 'stranger');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 404 to a stranger on every path of a private playlist, and changes nothing', async () => {
    const p = await createPlaylist(t, owner, { name: 'Secret', visibility: 'private', editLicense: 'everyone' });
    const entry = await addTrack(t, owner, p.id, 0);
    await makeMember(t, owner, p.id, member);
    const before = await getPlaylist(t, owner, p.id);

    const base = `/api/playlists/${p.id}`;
    const attempts = [
      t.http.get(base),
      t.http.patch(base).send({ name: 'Hacked' }),
      t.http.delete(base),
      t.http.post(`${base}/invitations`).send({ userId: stranger.id }),
      t.http.post(`${base}/tracks`).send(bundled(1)),
      t.http.patch(`${base}/tracks/${entry.id}`).send({ afterEntryId: null }),
      t.http.delete(`${base}/tracks/${entry.id}`),
      t.http.delete(`${base}/members/${member.id}`),
      t.http.delete(`${base}/members/${stranger.id}`),
    ];
    for (const attempt of attempts) expectError(await attempt.set(...stranger.auth), 404, 'NOT_FOUND');

    const lists = await Promise.all(
      ['public', 'mine', 'shared'].map((scope) => t.http.get(`/api/playlists?scope=${scope}&limit=100`).set(...stranger.auth).expect(200)),
    );
    for (const list of lists) expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    // The answer is the one for a playlist that does not exist at all.
    const missing = await t.http.get(`/api/playlists/${randomUUID()}`).set(...stranger.auth);
    const hidden = await t.http.get(base).set(...stranger.auth);
    expect({ ...hidden.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
    expect(await getPlaylist(t, owner, p.id)).toEqual(before);
    expect((await getPlaylist(t, member, p.id)).canEdit).toBe(true);
  });

  it('lets anyone signed in read a public playlist, but only invited members edit it under licence "invited"', async () => {
    const p = await createPlaylist(t, owner, { name: 'Open house', visibility: 'public', editLicense: 'invited' });
    const entry = await addTrack(t, owner, p.id, 0);
    const seen = await getPlaylist(t, stranger, p.id);
    expect(seen).toMatchObject({ id: p.id, canEdit: false, myRole: null, tracks: [{ id: entry.id }] });

    const base = `/api/playlists/${p.id}`;
    expectError(await t.http.post(`${base}/tracks`).set(...stranger.auth).send(bundled(1)), 403, 'FORBIDDEN');
    expectError(await t.http.patch(`${base}/tracks/${entry.id}`).set(...stranger.auth).send({ afterEntryId: null }), 403, 'FORBIDDEN');
    expectError(await t.http.delete(`${base}/tracks/${entry.id}`).set(...stranger.auth), 403, 'FORBIDDEN');
    expectError(await t.http.patch(base).set(...stranger.auth).send({ editLicense: 'everyone' }), 403, 'FORBIDDEN');
    expectError(await t.http.delete(base).set(...stranger.auth), 403, 'FORBIDDEN');

    const after = await getPlaylist(t, owner, p.id);
    expect(after.tracks.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    expect(after.version).toBe(seen.version);
    expect(after.editLicense).toBe('invited');
  });

  it('offers no path that makes a non-member a member: only an accepted invitation from the owner does', async () => {
    const p = await createPlaylist(t, owner, { name: 'Invite only', editLicense: 'invited' });
    const base = `/api/playlists/${p.id}`;
    // Joining, self-invitation, writing membership through settings, answering someone else's invitation.
    expectError(await t.http.post(`${base}/join`).set(...stranger.auth), 404, 'NOT_FOUND');
    expectError(await t.http.post(`${base}/members`).set(...stranger.auth).send({ userId: stranger.id }), 404, 'NOT_FOUND');
    expectError(await t.http.put(`${base}/members/${stranger.id}`).set(...stranger.auth), 404, 'NOT_FOUND');
    expectError(await t.http.post(`${base}/invitations`).set(...stranger.auth).send({ userId: stranger.id }), 403, 'FORBIDDEN');
    expectError(await t.http.patch(base).set(...stranger.auth).send({ members: [stranger.id] }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.patch(base).set(...owner.auth).send({ members: [stranger.id] }), 400, 'VALIDATION_FAILED');
    const forMember = await t.http.post(`${base}/invitations`).set(...owner.auth).send({ userId: member.id }).expect(201);
    expectError(await t.http.post(`/api/invitations/${forMember.body.id}/accept`).set(...stranger.auth), 404, 'NOT_FOUND');
    expectError(await t.http.delete(`${base}/members/${member.id}`).set(...stranger.auth), 403, 'FORBIDDEN');

    const view = await getPlaylist(t, stranger, p.id);
    expect(view).toMatchObject({ canEdit: false, myRole: null, members: [] });
    const shared = await t.http.get('/api/playlists?scope=shared').set(...stranger.auth).expect(200);
    expect(shared.body.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    expectError(await t.http.post(`${base}/tracks`).set(...stranger.auth).send(bundled(0)), 403, 'FORBIDDEN');
  });

  it('makes an invitee an editor once they accept in their inbox, and lets them leave', async () => {
    const p = await createPlaylist(t, owner, { name: 'Band practice', visibility: 'private', editLicense: 'invited' });
    const base = `/api/playlists/${p.id}`;
    const invite = await t.http.post(`${base}/invitations`).set(...owner.auth).send({ userId: stranger.id }).expect(201);
    expect(invite.body).toMatchObject({ playlistId: p.id, status: 'pending', invitee: { id: stranger.id } });
    const again = await t.http.post(`${base}/invitations`).set(...owner.auth).send({ userId: stranger.id }).expect(200);
    expect(again.body.id).toBe(invite.body.id);
    expectError(await t.http.get(base).set(...stranger.auth), 404, 'NOT_FOUND');

    const inbox = await t.http.get('/api/invitations').set(...stranger.auth).expect(200);
    expect(inbox.body.items).toContainEqual(expect.objectContaining({ id: invite.body.id, kind: 'playlist', target: { id: p.id, name: 'Band practice' } }));
    await t.http.post(`/api/invitations/${invite.body.id}/accept`).set(...stranger.auth).expect(200);

    const joined = await getPlaylist(t, stranger, p.id);
    expect(joined).toMatchObject({ canEdit: true, myRole: 'editor', version: p.version + 1 });
    expect(joined.members.map((m: { id: string }) => m.id)).toEqual([stranger.id]);
    const entry = await addTrack(t, stranger, p.id, 2);
    expect(entry.addedBy).toMatchObject({ id: stranger.id, avatarUrl: `/api/users/${stranger.id}/avatar` });
    const shared = await t.http.get('/api/playlists?scope=shared').set(...stranger.auth).expect(200);
    expect(shared.body.items.map((i: { id: string }) => i.id)).toContain(p.id);
    expectError(await t.http.post(`${base}/invitations`).set(...owner.auth).send({ userId: stranger.id }), 409, 'CONFLICT');
    expectError(await t.http.post(`${base}/invitations`).set(...owner.auth).send({ userId: owner.id }), 409, 'CONFLICT');
    expectError(await t.http.post(`${base}/invitations`).set(...owner.auth).send({ userId: randomUUID() }), 404, 'NOT_FOUND');

    await t.http.delete(`${base}/members/${stranger.id}`).set(...stranger.auth).expect(204);
    expectError(await t.http.get(base).set(...stranger.auth), 404, 'NOT_FOUND');
    expect((await getPlaylist(t, owner, p.id)).members).toEqual([]);
  });

  it('refuses unauthenticated callers with 401', async () => {
    const p = await createPlaylist(t, owner, { name: 'Anyone?' });
    expectError(await t.http.get(`/api/playlists/${p.id}`), 401, 'UNAUTHENTICATED');
    expectError(await t.http.post('/api/playlists').send({ name: 'x' }), 401, 'UNAUTHENTICATED');
  });
});
