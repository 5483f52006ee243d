import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../../support/test-database';
import { BUNDLED, bootPlaylists, type PlaylistsHarness } from '../../support/playlists-harness';

describe(`playlist domain events and public API (${databaseKind()})`, () => {
  let h: PlaylistsHarness;
  let owner: string;
  let friend: string;
  let stranger: string;
  let trackIds: string[];

  beforeAll(async () => {
    h = await bootPlaylists();
    [owner, friend, stranger] = await Promise.all([h.user('owner'), h.user('friend'), h.user('stranger')]);
    trackIds = await Promise.all(BUNDLED.map((slug) => h.tracks.resolve('bundled', slug).then((r) => r.id)));
  });
  afterAll(() => h.t.close());

  it('publishes one event per change, after commit, carrying the new version and the API payload', async () => {
    const p = await h.playlists.create(owner, { name: 'Live', visibility: 'private' });
    const recorder = h.record(p.id);
    const a = await h.entries.add(owner, p.id, { provider: 'bundled', providerTrackId: BUNDLED[0] });
    const b = await h.entries.add(owner, p.id, { provider: 'bundled', providerTrackId: BUNDLED[1] });
    const moved = await h.entries.move(owner, p.id, b.id, null);
    await h.entries.remove(owner, p.id, a.id);
    await h.playlists.update(owner, p.id, { name: 'Live!' });
    await h.makeMember(owner, p.id, friend);
    await h.members.removeMember(friend, p.id, friend);
    await h.playlists.remove(owner, p.id);
    const events = await recorder.stop();

    expect(events.map((e) => [e.name, e.payload.version])).toEqual([
      ['playlist.track_added', 1],
      ['playlist.track_added', 2],
      ['playlist.track_moved', 3],
      ['playlist.track_removed', 4],
      ['playlist.updated', 5],
      ['playlist.members_changed', 6],
      ['playlist.members_changed', 7],
      ['playlist.deleted', 8],
    ]);
    for (const e of events) expect(e.payload).toMatchObject({ playlistId: p.id, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(events[0].payload).toMatchObject({ entry: a });
    expect(events[2].payload).toMatchObject({ entryId: b.id, position: moved.position });
    expect(events[3].payload).toMatchObject({ entryId: a.id });
    expect(events[4].payload).toMatchObject({ playlist: { id: p.id, name: 'Live!', version: 5, owner: { id: owner } } });
    expect(events[5].payload).toMatchObject({ userId: friend, role: 'editor' });
    expect(events[6].payload).toMatchObject({ userId: friend, role: null });
  });

  it('publishes nothing and bumps nothing for refused, stale or no-op changes', async () => {
    const p = await h.playlists.create(owner, { name: 'Quiet', editLicense: 'invited' });
    const a = await h.entries.add(owner, p.id, { provider: 'bundled', providerTrackId: BUNDLED[0] });
    const recorder = h.record(p.id);
    await expect(h.entries.add(stranger, p.id, { provider: 'bundled', providerTrackId: BUNDLED[1] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.entries.remove(owner, p.id, a.id, 0)).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await expect(h.entries.move(owner, p.id, randomUUID(), null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await h.entries.move(owner, p.id, a.id, null);
    await h.entries.move(owner, p.id, a.id, a.id);
    await h.playlists.update(owner, p.id, { name: 'Quiet' });
    expect(await recorder.stop()).toEqual([]);
    expect((await h.playlists.get(owner, p.id)).version).toBe(1);
  });

  it('creates a playlist from tracks in order, in the caller\'s transaction when given one', async () => {
    const order = [trackIds[2], trackIds[0], trackIds[2]];
    const { id } = await h.api.createFromTracks(friend, { name: ' Night 1 ', visibility: 'private', trackIds: order });
    const view = await h.playlists.get(friend, id);
    expect(view).toMatchObject({ name: 'Night 1', visibility: 'private', owner: { id: friend }, myRole: 'owner', version: 0 });
    expect(view.tracks.map((e) => e.track.providerTrackId)).toEqual([BUNDLED[2], BUNDLED[0], BUNDLED[2]]);
    expect(view.tracks.every((e) => e.addedBy?.id === friend)).toBe(true);

    const rolledBack = await h.db
      .transaction(async (tx) => {
        const created = await h.api.createFromTracks(friend, { name: 'Rolled back', trackIds: [trackIds[0]] }, tx);
        throw Object.assign(new Error('abort'), { created });
      })
      .catch((error: unknown) => (error as { created: { id: string } }).created);
    await expect(h.playlists.get(friend, rolledBack.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an unknown track, a bad name or too many tracks without creating anything', async () => {
    const count = async () => (await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM playlists'))[0].n;
    const before = await count();
    await expect(h.api.createFromTracks(owner, { name: 'Ghost', trackIds: [randomUUID()] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.api.createFromTracks(owner, { name: 'Ghost', trackIds: ['not-a-uuid'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.api.createFromTracks(owner, { name: ' ', trackIds: [] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(h.api.createFromTracks(owner, { name: 'x'.repeat(101), trackIds: [] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await count()).toBe(before);
  });

  it('tells the realtime gateway who may subscribe, with the current version', async () => {
    const p = await h.playlists.create(owner, { name: 'Room', visibility: 'private' });
    await h.entries.add(owner, p.id, { provider: 'bundled', providerTrackId: BUNDLED[0] });
    expect(await h.api.canView(owner, p.id)).toEqual({ version: 1 });
    expect(await h.api.canView(stranger, p.id)).toBeNull();
    expect(await h.api.canView(owner, randomUUID())).toBeNull();
    await h.makeMember(owner, p.id, friend);
    expect(await h.api.canView(friend, p.id)).toEqual({ version: 2 });
    await h.playlists.update(owner, p.id, { visibility: 'public' });
    expect(await h.api.canView(stranger, p.id)).toEqual({ version: 3 });
  });

  it('survives deleting a playlist while its invitation is accepted and tracks are added (no deadlock, no 5xx)', async () => {
    for (let round = 0; round < 5; round++) {
      const p = await h.playlists.create(owner, { name: `Race ${round}`, editLicense: 'everyone' });
      const { invitation } = await h.members.invite(owner, p.id, friend);
      const results = await Promise.allSettled([
        h.invitations.accept(friend, invitation.id),
        h.playlists.remove(owner, p.id),
        h.entries.add(stranger, p.id, { provider: 'bundled', providerTrackId: BUNDLED[0] }),
      ]);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'NOT_FOUND' });
      expect(results[1].status).toBe('fulfilled');
      const left = await h.db.query('SELECT 1 FROM playlist_members WHERE playlist_id = $1', [p.id]);
      expect(left).toEqual([]);
    }
  });
});
