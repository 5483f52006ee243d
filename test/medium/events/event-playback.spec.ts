import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../../support/test-database';
import { bootEvents, type EventsHarness } from '../../support/events-harness';
import { expectError } from '../../support/expect-error';

describe(`playback, delegation and history (${databaseKind()})`, () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await bootEvents();
  });
  afterAll(() => h.close());

  /** An event with three queued entries, the second one voted to the top. */
  async function partyWithQueue() {
    const owner = await h.user('owner');
    const fan = await h.user('fan');
    const event = await h.event(owner);
    const entries = [await h.propose(owner, event.id, 0), await h.propose(owner, event.id, 1), await h.propose(owner, event.id, 2)];
    await h.queue.vote(fan, event.id, entries[1].id, null);
    return { owner, fan, event, entries };
  }

  it('plays the top entry, pauses, resumes and seeks, all server-side', async () => {
    const { owner, event, entries } = await partyWithQueue();
    const clock = h.freezeClock(new Date());
    try {
      const playing = await h.playback.command(owner, event.id, { action: 'play' }, null);
      expect(playing).toMatchObject({ entryId: entries[1].id, state: 'playing', positionMs: 0, controlledBy: { id: owner } });
      expect(playing.track?.providerTrackId).toBe(entries[1].track.providerTrackId);
      let view = await h.events.get(owner, event.id, null);
      expect(view.queue.map((e) => e.id)).toEqual([entries[0].id, entries[2].id]);
      expect(view.nowPlaying).toMatchObject({ entryId: entries[1].id, state: 'playing' });

      clock.advance(5_000);
      const paused = await h.playback.command(owner, event.id, { action: 'pause' }, null);
      expect(paused).toMatchObject({ state: 'paused', positionMs: 5_000 });
      clock.advance(60_000);
      view = await h.events.get(owner, event.id, null);
      expect(view.nowPlaying).toMatchObject({ state: 'paused', positionMs: 5_000 });

      const resumed = await h.playback.command(owner, event.id, { action: 'play' }, null);
      expect(resumed).toMatchObject({ entryId: entries[1].id, state: 'playing', positionMs: 5_000 });
      clock.advance(2_000);
      expect((await h.events.get(owner, event.id, null)).nowPlaying?.positionMs).toBe(7_000);

      const sought = await h.playback.command(owner, event.id, { action: 'seek', positionMs: 30_000 }, null);
      expect(sought).toMatchObject({ state: 'playing', positionMs: 30_000 });
      await expectError(h.playback.command(owner, event.id, { action: 'seek', positionMs: 86_000_000 }, null), 'VALIDATION_FAILED');
    } finally {
      clock.restore();
    }
  });

  it('advances once when five next commands for the same entry arrive together', async () => {
    const { owner, event, entries } = await partyWithQueue();
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    const versionBefore = await h.versionOf(event.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => h.playback.command(owner, event.id, { action: 'next', fromEntryId: entries[1].id }, null)),
    );
    expect(results.every((r) => r.entryId === entries[0].id && r.state === 'playing')).toBe(true);
    const history = await h.playback.history(owner, event.id, 20);
    expect(history.items.map((e) => e.id)).toEqual([entries[1].id]);
    const view = await h.events.get(owner, event.id, null);
    expect(view.queue.map((e) => e.id)).toEqual([entries[2].id]);
    // One next: the played entry leaves the deck, the new top leaves the queue, the playback changes.
    expect(await h.versionOf(event.id)).toBe(versionBefore + 2);
  });

  it('stops at the end of the queue and refuses to start an empty one', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner);
    await expectError(h.playback.command(owner, event.id, { action: 'play' }, null), 'CONFLICT', { reason: 'queue_empty' });
    await expectError(h.playback.command(owner, event.id, { action: 'pause' }, null), 'CONFLICT', { reason: 'nothing_playing' });
    const only = await h.propose(owner, event.id, 0);
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    const stopped = await h.playback.command(owner, event.id, { action: 'next' }, null);
    expect(stopped).toMatchObject({ entryId: null, track: null, state: 'stopped' });
    expect((await h.events.get(owner, event.id, null)).nowPlaying).toBeNull();
    expect((await h.playback.history(owner, event.id, 20)).items.map((e) => e.id)).toEqual([only.id]);
  });

  it('lets only the owner, hosts and delegates control playback', async () => {
    const { owner, fan, event } = await partyWithQueue();
    const host = await h.user('host');
    const guest = await h.user('guest');
    await h.makeMember(owner, event.id, host, 'host');
    await h.makeMember(owner, event.id, guest, 'guest');
    await h.membership.join(fan, event.id);
    for (const user of [guest, fan]) {
      await expectError(h.playback.command(user, event.id, { action: 'play' }, null), 'FORBIDDEN');
    }
    expect((await h.events.get(owner, event.id, null)).nowPlaying).toBeNull();
    await expect(h.playback.command(host, event.id, { action: 'play' }, null)).resolves.toMatchObject({ state: 'playing' });
  });

  it('gives playback control to a friend on all their devices, and takes it back', async () => {
    const { owner, fan, event } = await partyWithQueue();
    await h.befriend(owner, fan);
    const granted = await h.delegation.grant(owner, event.id, fan, 'all');
    expect(granted).toMatchObject({ user: { id: fan }, allDevices: true, devices: [] });
    expect((await h.events.get(fan, event.id, null)).canControlPlayback).toBe(true);
    await expect(h.playback.command(fan, event.id, { action: 'play' }, null)).resolves.toMatchObject({ state: 'playing', controlledBy: { id: fan } });

    await h.delegation.revoke(owner, event.id, fan);
    await expectError(h.playback.command(fan, event.id, { action: 'pause' }, null), 'FORBIDDEN');
    expect((await h.events.get(fan, event.id, null)).canControlPlayback).toBe(false);
    expect((await h.events.get(owner, event.id, null)).nowPlaying).toMatchObject({ state: 'playing' });
    expect(await h.delegation.list(owner, event.id)).toEqual([]);
  });

  it('ends a delegation when the delegate leaves', async () => {
    const { owner, fan, event } = await partyWithQueue();
    await h.befriend(owner, fan);
    await h.membership.join(fan, event.id);
    await h.delegation.grant(owner, event.id, fan, 'all');
    await h.membership.leave(fan, event.id);
    await expectError(h.playback.command(fan, event.id, { action: 'play' }, null), 'FORBIDDEN');
    await h.membership.join(fan, event.id);
    await expectError(h.playback.command(fan, event.id, { action: 'play' }, null), 'FORBIDDEN');
  });

  it('lets only the owner delegate, and only to a friend or a host', async () => {
    const { owner, fan, event } = await partyWithQueue();
    const host = await h.user('host');
    await h.makeMember(owner, event.id, host, 'host');
    await h.membership.join(fan, event.id);
    await expectError(h.delegation.grant(host, event.id, fan, 'all'), 'FORBIDDEN');
    await expectError(h.delegation.grant(owner, event.id, fan, 'all'), 'NOT_FRIENDS');
    await expectError(h.delegation.grant(owner, event.id, owner, 'all'), 'CONFLICT');
    expect(await h.delegation.list(owner, event.id)).toEqual([]);
    await expect(h.delegation.grant(owner, event.id, host, 'all')).resolves.toMatchObject({ user: { id: host } });
  });

  it('keeps played entries with their final score, newest first, and pages through them', async () => {
    const { owner, fan, event, entries } = await partyWithQueue();
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    await h.playback.command(owner, event.id, { action: 'next' }, null);
    await h.playback.command(owner, event.id, { action: 'next' }, null);
    await h.playback.command(owner, event.id, { action: 'next' }, null);
    const first = await h.playback.history(fan, event.id, 2);
    expect(first.items.map((e) => [e.id, e.score])).toEqual([
      [entries[2].id, 0],
      [entries[0].id, 0],
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = await h.playback.history(fan, event.id, 2, first.nextCursor ?? undefined);
    expect(second.items.map((e) => [e.id, e.score])).toEqual([[entries[1].id, 1]]);
    expect(second.nextCursor).toBeNull();
    await expectError(h.queue.vote(fan, event.id, entries[0].id, null), 'CONFLICT', { reason: 'not_queued' });
  });

  it('exports the history as a new private playlist of the caller, in play order', async () => {
    const { owner, fan, event } = await partyWithQueue();
    await expectError(h.historyExport.exportHistory(fan, event.id), 'CONFLICT', { reason: 'history_empty' });
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    await h.playback.command(owner, event.id, { action: 'next' }, null);
    await h.playback.command(owner, event.id, { action: 'next' }, null);
    const exported = await h.historyExport.exportHistory(fan, event.id, 'Best of the party');
    expect(exported).toMatchObject({ name: 'Best of the party', trackCount: 2 });
    const rows = await h.db.query<{ ownerId: string; visibility: string; slug: string }>(
      `SELECT p.owner_id AS "ownerId", p.visibility, t.provider_track_id AS slug
       FROM playlists p JOIN playlist_entries e ON e.playlist_id = p.id JOIN tracks t ON t.id = e.track_id
       WHERE p.id = $1 ORDER BY e.position COLLATE "C"`,
      [exported.playlistId],
    );
    const played = (await h.playback.history(owner, event.id, 20)).items.map((e) => e.track.providerTrackId).reverse();
    expect(rows.map((r) => r.slug)).toEqual(played);
    expect(rows.every((r) => r.ownerId === fan && r.visibility === 'private')).toBe(true);
  });
});
