import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Playlists, type PlaylistDto } from '../../../src/modules/playlists';
import { Tracks } from '../../../src/modules/music';
import { addTrack, BUNDLED, bundled, createPlaylist, getPlaylist, makeMember, signIn, type Client } from '../../support/playlists-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';

const ids = (playlist: PlaylistDto): string[] => playlist.tracks.map((e) => e.id);

describe(`playlist editing over HTTP (${databaseKind()})`, () => {
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

  it('creates a playlist with defaults and shows it to its owner as editable', async () => {
    const p = await createPlaylist(t, owner, { name: '  Road trip  ' });
    expect(p).toMatchObject({
      name: 'Road trip',
      description: '',
      visibility: 'public',
      editLicense: 'everyone',
      allowDuplicates: true,
      owner: { id: owner.id, avatarUrl: `/api/users/${owner.id}/avatar` },
      canEdit: true,
      myRole: 'owner',
      trackCount: 0,
      members: [],
      tracks: [],
      version: 0,
    });
    expect(await getPlaylist(t, owner, p.id)).toEqual(p);
  });

  it('lets anyone who can see it edit a playlist created with the defaults (the subject: "by default, everyone can edit")', async () => {
    const p = await createPlaylist(t, owner);
    expect((await getPlaylist(t, bob, p.id)).canEdit).toBe(true);
    const entry = await addTrack(t, bob, p.id, 0);
    expect(ids(await getPlaylist(t, owner, p.id))).toEqual([entry.id]);
  });

  it('adds at the end, at the top (null) and after an entry, and returns entries ordered by position', async () => {
    const p = await createPlaylist(t, owner);
    const a = await addTrack(t, owner, p.id, 0);
    const c = await addTrack(t, owner, p.id, 2);
    const top = await addTrack(t, owner, p.id, 1, { afterEntryId: null });
    const b = await addTrack(t, owner, p.id, 1, { afterEntryId: a.id });
    expect(a).toMatchObject({ track: { provider: 'bundled', providerTrackId: BUNDLED[0], title: expect.any(String), durationMs: expect.any(Number) } });
    expect(a.addedBy).toMatchObject({ id: owner.id });
    const view = await getPlaylist(t, owner, p.id);
    expect(ids(view)).toEqual([top.id, a.id, b.id, c.id]);
    expect(view.trackCount).toBe(4);
    expect(view.version).toBe(4);
    expect(view.tracks.map((e: { position: string }) => e.position)).toEqual([top.position, a.position, b.position, c.position]);
  });

  it('moves an entry after another or to the top, and 404s for an entry (or anchor) that is gone', async () => {
    const p = await createPlaylist(t, owner);
    const [a, b, c] = [await addTrack(t, owner, p.id, 0), await addTrack(t, owner, p.id, 1), await addTrack(t, owner, p.id, 2)];
    const moved = await t.http.patch(`/api/playlists/${p.id}/tracks/${a.id}`).set(...owner.auth).send({ afterEntryId: c.id }).expect(200);
    expect(moved.body).toMatchObject({ id: a.id, track: { providerTrackId: BUNDLED[0] } });
    expect(ids(await getPlaylist(t, owner, p.id))).toEqual([b.id, c.id, a.id]);
    await t.http.patch(`/api/playlists/${p.id}/tracks/${c.id}`).set(...owner.auth).send({ afterEntryId: null }).expect(200);
    expect(ids(await getPlaylist(t, owner, p.id))).toEqual([c.id, b.id, a.id]);

    await t.http.delete(`/api/playlists/${p.id}/tracks/${b.id}`).set(...owner.auth).expect(204);
    const before = await getPlaylist(t, owner, p.id);
    expectError(await t.http.patch(`/api/playlists/${p.id}/tracks/${b.id}`).set(...owner.auth).send({ afterEntryId: null }), 404, 'NOT_FOUND');
    expectError(await t.http.patch(`/api/playlists/${p.id}/tracks/${a.id}`).set(...owner.auth).send({ afterEntryId: b.id }), 404, 'NOT_FOUND');
    expectError(await t.http.delete(`/api/playlists/${p.id}/tracks/${b.id}`).set(...owner.auth), 404, 'NOT_FOUND');
    expectError(await t.http.post(`/api/playlists/${p.id}/tracks`).set(...owner.auth).send({ ...bundled(0), afterEntryId: b.id }), 404, 'NOT_FOUND');
    expect(await getPlaylist(t, owner, p.id)).toEqual(before);
  });

  it('needs afterEntryId on a move (null is fine) and rejects malformed ids and unknown fields', async () => {
    const p = await createPlaylist(t, owner);
    const a = await addTrack(t, owner, p.id, 0);
    const base = `/api/playlists/${p.id}/tracks`;
    expectError(await t.http.patch(`${base}/${a.id}`).set(...owner.auth).send({}), 400, 'VALIDATION_FAILED');
    expectError(await t.http.patch(`${base}/${a.id}`).set(...owner.auth).send({ afterEntryId: 'nope' }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.patch(`${base}/not-a-uuid`).set(...owner.auth).send({ afterEntryId: null }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.post(base).set(...owner.auth).send({ ...bundled(0), position: 'a0' }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.post(base).set(...owner.auth).send({ provider: 'bundled', providerTrackId: 'no-such-track' }), 404, 'NOT_FOUND');
    expectError(await t.http.post(base).set(...owner.auth).send({ provider: 'nowhere', providerTrackId: 'x' }), 404, 'NOT_FOUND');
    expectError(await t.http.post('/api/playlists').set(...owner.auth).send({ name: 'x'.repeat(101) }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.post('/api/playlists').set(...owner.auth).send({ name: '   ' }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.post('/api/playlists').set(...owner.auth).send({ name: 'ok', visibility: 'secret' }), 400, 'VALIDATION_FAILED');
    expect(ids(await getPlaylist(t, owner, p.id))).toEqual([a.id]);
  });

  it('answers a stale If-Match with 409 VERSION_CONFLICT and changes nothing; the current one goes through', async () => {
    const p = await createPlaylist(t, owner);
    const a = await addTrack(t, owner, p.id, 0);
    const b = await addTrack(t, owner, p.id, 1);
    const base = `/api/playlists/${p.id}`;
    const before = await getPlaylist(t, owner, p.id);
    const stale = String(before.version - 1);
    const conflicts = [
      t.http.post(`${base}/tracks`).send(bundled(2)),
      t.http.patch(`${base}/tracks/${a.id}`).send({ afterEntryId: b.id }),
      t.http.delete(`${base}/tracks/${a.id}`),
      t.http.patch(base).send({ name: 'Renamed' }),
      t.http.delete(base),
    ];
    for (const req of conflicts) {
      const res = await req.set(...owner.auth).set('If-Match', stale);
      expectError(res, 409, 'VERSION_CONFLICT');
      expect(res.body.details).toEqual({ currentVersion: before.version });
    }
    expect(await getPlaylist(t, owner, p.id)).toEqual(before);

    expectError(await t.http.patch(base).set(...owner.auth).set('If-Match', 'yesterday').send({ name: 'x' }), 400, 'VALIDATION_FAILED');
    await t.http.patch(`${base}/tracks/${a.id}`).set(...owner.auth).set('If-Match', `"${before.version}"`).send({ afterEntryId: b.id }).expect(200);
    const after = await getPlaylist(t, owner, p.id);
    expect(after.version).toBe(before.version + 1);
    expect(ids(after)).toEqual([b.id, a.id]);
  });

  it('lets only the owner change settings; an unchanged PATCH bumps nothing', async () => {
    const p = await createPlaylist(t, owner, { editLicense: 'everyone' });
    await makeMember(t, owner, p.id, alice);
    const res = await t.http.patch(`/api/playlists/${p.id}`).set(...owner.auth).send({ name: 'Renamed', description: 'Songs', visibility: 'private' }).expect(200);
    expect(res.body).toMatchObject({ name: 'Renamed', description: 'Songs', visibility: 'private', version: 2 });
    const same = await t.http.patch(`/api/playlists/${p.id}`).set(...owner.auth).send({ name: 'Renamed' }).expect(200);
    expect(same.body.version).toBe(2);
    expectError(await t.http.patch(`/api/playlists/${p.id}`).set(...alice.auth).send({ name: 'Mine now' }), 403, 'FORBIDDEN');
    expectError(await t.http.patch(`/api/playlists/${p.id}`).set(...alice.auth).send({ allowDuplicates: false }), 403, 'FORBIDDEN');
    expectError(await t.http.get(`/api/playlists/${p.id}`).set(...bob.auth), 404, 'NOT_FOUND');
    expect(await getPlaylist(t, alice, p.id)).toMatchObject({ name: 'Renamed', allowDuplicates: true, canEdit: true });
  });

  it('refuses a track already in the playlist once the owner turns on "no duplicates"', async () => {
    const p = await createPlaylist(t, owner, { editLicense: 'everyone' });
    await addTrack(t, owner, p.id, 0);
    await addTrack(t, alice, p.id, 0);
    await t.http.patch(`/api/playlists/${p.id}`).set(...owner.auth).send({ allowDuplicates: false }).expect(200);
    const res = await t.http.post(`/api/playlists/${p.id}/tracks`).set(...alice.auth).send(bundled(0));
    expectError(res, 409, 'CONFLICT');
    expect(res.body.details).toMatchObject({ reason: 'duplicate_track' });
    await addTrack(t, alice, p.id, 1);
    expect((await getPlaylist(t, owner, p.id)).trackCount).toBe(3);
  });

  it('stops at 2,000 tracks with a clear 409, and takes one again after a removal', async () => {
    const tracks = t.app.get(Tracks, { strict: false });
    const { id: trackId } = await tracks.resolve('bundled', BUNDLED[0]);
    const api = t.app.get(Playlists, { strict: false });
    await expect(api.createFromTracks(owner.id, { name: 'Too big', trackIds: Array(2001).fill(trackId) })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'playlist_full', limit: 2000, requested: 2001 },
    });
    const { id } = await api.createFromTracks(owner.id, { name: 'Full', trackIds: Array(2000).fill(trackId) });
    const full = await t.http.post(`/api/playlists/${id}/tracks`).set(...owner.auth).send(bundled(1));
    expectError(full, 409, 'CONFLICT');
    expect(full.body.details).toEqual({ reason: 'playlist_full', limit: 2000 });
    const view = await getPlaylist(t, owner, id);
    expect(view.trackCount).toBe(2000);
    await t.http.delete(`/api/playlists/${id}/tracks/${view.tracks[0].id}`).set(...owner.auth).expect(204);
    await addTrack(t, owner, id, 1, { afterEntryId: null });
  });

  it('takes 3 users × 20 simultaneous adds over HTTP without a single error', async () => {
    const p = await createPlaylist(t, owner, { editLicense: 'everyone' });
    const users = [owner, alice, bob];
    const responses = await Promise.all(
      users.flatMap((u) => Array.from({ length: 20 }, (_, i) => t.http.post(`/api/playlists/${p.id}/tracks`).set(...u.auth).send(bundled(i)))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(60).fill(201));
    const view = await getPlaylist(t, alice, p.id);
    expect(view.tracks).toHaveLength(60);
    expect(new Set(view.tracks.map((e: { position: string }) => e.position)).size).toBe(60);
    expect(view.version).toBe(60);
    expect(ids(await getPlaylist(t, bob, p.id))).toEqual(ids(view));
  });

  it('lists public, mine and shared playlists newest first, page by page', async () => {
    const mine = [await createPlaylist(t, bob, { name: 'b1' }), await createPlaylist(t, bob, { name: 'b2', visibility: 'private' }), await createPlaylist(t, bob, { name: 'b3' })];
    const page1 = await t.http.get('/api/playlists?scope=mine&limit=2').set(...bob.auth).expect(200);
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([mine[2].id, mine[1].id]);
    expect(page1.body.items[0]).toMatchObject({ canEdit: true, myRole: 'owner', trackCount: 0 });
    expect(page1.body.items[0].tracks).toBeUndefined();
    const page2 = await t.http.get(`/api/playlists?scope=mine&limit=2&cursor=${page1.body.nextCursor}`).set(...bob.auth).expect(200);
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: mine[0].id })], nextCursor: null });

    const publicIds: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t.http.get(`/api/playlists?scope=public&limit=3${cursor ? `&cursor=${cursor}` : ''}`).set(...alice.auth).expect(200);
      publicIds.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(publicIds).size).toBe(publicIds.length);
    expect(publicIds).toEqual(expect.arrayContaining([mine[0].id, mine[2].id]));
    expect(publicIds).not.toContain(mine[1].id);

    await makeMember(t, bob, mine[1].id, alice);
    const shared = await t.http.get('/api/playlists?scope=shared').set(...alice.auth).expect(200);
    expect(shared.body.items.map((i: { id: string }) => i.id)).toContain(mine[1].id);
    expect(shared.body.items.find((i: { id: string }) => i.id === mine[1].id)).toMatchObject({ myRole: 'editor', canEdit: true });
    expectError(await t.http.get('/api/playlists?scope=everything').set(...alice.auth), 400, 'VALIDATION_FAILED');
    expectError(await t.http.get('/api/playlists?cursor=forged').set(...alice.auth), 400, 'VALIDATION_FAILED');
  });

  it('deletes a playlist for its owner only, and revokes its pending invitations', async () => {
    const p = await createPlaylist(t, owner, { name: 'Short-lived' });
    await addTrack(t, owner, p.id, 0);
    const invite = await t.http.post(`/api/playlists/${p.id}/invitations`).set(...owner.auth).send({ userId: bob.id }).expect(201);
    expectError(await t.http.delete(`/api/playlists/${p.id}`).set(...bob.auth), 403, 'FORBIDDEN');
    await t.http.delete(`/api/playlists/${p.id}`).set(...owner.auth).expect(204);
    expectError(await t.http.get(`/api/playlists/${p.id}`).set(...owner.auth), 404, 'NOT_FOUND');
    const inbox = await t.http.get('/api/invitations').set(...bob.auth).expect(200);
    expect(inbox.body.items.map((i: { id: string }) => i.id)).not.toContain(invite.body.id);
    expectError(await t.http.post(`/api/invitations/${invite.body.id}/accept`).set(...bob.auth), 404, 'NOT_FOUND');
  });

  it('documents the playlist routes in the OpenAPI spec', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/api/playlists/{id}/tracks/{entryId}']).sort()).toEqual(['delete', 'patch']);
    expect(paths['/api/playlists/{id}/tracks']).toHaveProperty('post');
    expect(doc.body.components.schemas.PlaylistDto.properties).toHaveProperty('tracks');
    expect(doc.body.components.schemas.PlaylistEntryDto.properties).toHaveProperty('position');
  });
});
