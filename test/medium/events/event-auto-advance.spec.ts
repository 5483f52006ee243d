import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../src/config';
import { BUNDLED_TRACKS, bootEvents, type EventsHarness } from '../../support/events-harness';
import { databaseKind, freshDatabase, onPostgres } from '../../support/test-database';
import { expectError } from '../../support/expect-error';
import { fillFromSnapshot } from '../../support/pglite-snapshot';

const GRACE_MS = 3_000;

describe(`server-side auto-advance (${databaseKind()})`, () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await bootEvents({ env: { AUTO_ADVANCE_GRACE_MS: String(GRACE_MS) } });
  });
  afterAll(() => h.close());

  const deadlineOf = async (eventId: string): Promise<Date | null> =>
    (await h.db.query<{ at: Date | null }>(`SELECT playback_deadline_at AS at FROM events WHERE id = $1`, [eventId]))[0].at;
  /** Other tests' events may fall due too (one database): each test checks its own event's state. */
  const poll = () => h.autoAdvance.poll();
  const deckOf = async (ownerId: string, eventId: string) => (await h.events.get(ownerId, eventId, null)).nowPlaying?.entryId ?? null;
  const playedIds = async (ownerId: string, eventId: string): Promise<string[]> =>
    (await h.playback.history(ownerId, eventId, 100)).items.map((e) => e.id).reverse();

  it('advances at the end of the track plus the grace, through the whole queue, then stops', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner);
    const entries = [await h.propose(owner, event.id, 2), await h.propose(owner, event.id, 0), await h.propose(owner, event.id, 7)];
    const clock = h.freezeClock(new Date('2026-06-01T20:00:00Z'));
    const recorder = h.record(event.id);
    try {
      await h.playback.command(owner, event.id, { action: 'play' }, null);
      for (const [i, entry] of entries.entries()) {
        const durationMs = entry.track.durationMs;
        expect((await h.events.get(owner, event.id, null)).nowPlaying?.entryId).toBe(entry.id);
        clock.advance(durationMs + GRACE_MS - 1);
        await poll();
        expect(await deckOf(owner, event.id)).toBe(entry.id);
        clock.advance(1);
        await poll();
        expect(await playedIds(owner, event.id)).toEqual(entries.slice(0, i + 1).map((e) => e.id));
      }
      const view = await h.events.get(owner, event.id, null);
      expect(view.nowPlaying).toBeNull();
      expect(view.queue).toEqual([]);
      expect(await deadlineOf(event.id)).toBeNull();
      clock.advance(3_600_000);
      await poll();
      expect(await playedIds(owner, event.id)).toHaveLength(3);

      const seen = await recorder.stop();
      const advances = seen.flatMap((e) => (e.name === 'playback.changed' && e.payload.reason === 'auto_advance' ? [e.payload] : []));
      expect(advances.map((p) => p.playback?.entryId ?? null)).toEqual([entries[1].id, entries[2].id, null]);
      expect(advances.every((p) => p.playback === null || p.playback.controlledBy === null)).toBe(true);
      // Every change took exactly the next version.
      expect(seen.map((e) => e.payload.version)).toEqual(seen.map((_, i) => seen[0].payload.version + i));
      expect(await h.versionOf(event.id)).toBe(seen.at(-1)?.payload.version);
    } finally {
      clock.restore();
    }
  });

  it('freezes the deadline while paused and moves it with a seek', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner);
    const first = await h.propose(owner, event.id, 2);
    await h.propose(owner, event.id, 0);
    const start = new Date('2026-06-01T21:00:00Z');
    const clock = h.freezeClock(start);
    try {
      await h.playback.command(owner, event.id, { action: 'play' }, null);
      const durationMs = first.track.durationMs;
      expect(await deadlineOf(event.id)).toEqual(new Date(start.getTime() + durationMs + GRACE_MS));

      clock.advance(10_000);
      await h.playback.command(owner, event.id, { action: 'pause' }, null);
      expect(await deadlineOf(event.id)).toBeNull();
      clock.advance(durationMs * 3);
      await poll();
      expect(await deckOf(owner, event.id)).toBe(first.id);

      const resumedAt = clock.now();
      await h.playback.command(owner, event.id, { action: 'play' }, null);
      expect(await deadlineOf(event.id)).toEqual(new Date(resumedAt.getTime() + durationMs - 10_000 + GRACE_MS));

      await h.playback.command(owner, event.id, { action: 'seek', positionMs: durationMs - 1_000 }, null);
      expect(await deadlineOf(event.id)).toEqual(new Date(resumedAt.getTime() + 1_000 + GRACE_MS));
      clock.advance(1_000 + GRACE_MS - 1);
      await poll();
      expect(await deckOf(owner, event.id)).toBe(first.id);
      clock.advance(1);
      await poll();
      expect(await playedIds(owner, event.id)).toEqual([first.id]);
    } finally {
      clock.restore();
    }
  });

  it('advances once when a device sends next for the ending track at the same moment as the poller', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner);
    const first = await h.propose(owner, event.id, 2);
    const second = await h.propose(owner, event.id, 0);
    const clock = h.freezeClock(new Date('2026-06-01T22:00:00Z'));
    try {
      await h.playback.command(owner, event.id, { action: 'play' }, null);
      clock.advance(first.track.durationMs + GRACE_MS);
      const [, ...answers] = await Promise.all([
        poll(),
        ...Array.from({ length: 3 }, () => h.playback.command(owner, event.id, { action: 'next', fromEntryId: first.id }, null)),
      ]);
      expect(answers.every((a) => a.entryId === second.id)).toBe(true);
      expect(await playedIds(owner, event.id)).toEqual([first.id]);
      expect(await deckOf(owner, event.id)).toBe(second.id);
      await poll();
      expect(await playedIds(owner, event.id)).toEqual([first.id]);
    } finally {
      clock.restore();
    }
  });

  it('keeps the party going from the fallback playlist: shuffled, no repeat until exhausted, marked as fallback', async () => {
    const owner = await h.user('owner');
    const fallbackPlaylistId = await h.playlistOf(owner, [2, 7, 0]);
    const event = await h.event(owner, { fallbackPlaylistId });
    expect(event.fallbackPlaylistId).toBe(fallbackPlaylistId);
    const proposed = await h.propose(owner, event.id, 3);
    const clock = h.freezeClock(new Date('2026-06-02T20:00:00Z'));
    try {
      await h.playback.command(owner, event.id, { action: 'play' }, null);
      const decks: Array<{ providerTrackId: string; fromFallback: boolean }> = [];
      for (let i = 0; i < 6; i++) {
        const playing = (await h.events.get(owner, event.id, null)).nowPlaying;
        if (!playing?.track) throw new Error('nothing playing');
        decks.push({ providerTrackId: playing.track.providerTrackId, fromFallback: playing.fromFallback });
        clock.advance(playing.track.durationMs + GRACE_MS);
        await poll();
        expect(await playedIds(owner, event.id)).toHaveLength(i + 1);
      }
      expect(decks[0]).toEqual({ providerTrackId: proposed.track.providerTrackId, fromFallback: false });
      const rotation = decks.slice(1, 4);
      expect(rotation.every((d) => d.fromFallback)).toBe(true);
      const fallbackSlugs = [BUNDLED_TRACKS[2], BUNDLED_TRACKS[7], BUNDLED_TRACKS[0]];
      expect(new Set(rotation.map((d) => d.providerTrackId))).toEqual(new Set(fallbackSlugs));
      expect(fallbackSlugs).toContain(decks[4].providerTrackId);
      const history = (await h.playback.history(owner, event.id, 100)).items;
      expect(history.filter((e) => e.fromFallback && e.proposedBy === null)).toHaveLength(5);
    } finally {
      clock.restore();
    }
  });

  it('refuses a fallback playlist the caller cannot read, naming the field', async () => {
    const owner = await h.user('owner');
    const stranger = await h.user('stranger');
    const hidden = await h.playlistOf(stranger, [0], 'private');
    await expectError(h.event(owner, { fallbackPlaylistId: hidden }), 'VALIDATION_FAILED', {});
    const event = await h.event(owner);
    await expect(h.events.update(owner, event.id, { fallbackPlaylistId: hidden }, null)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'fallbackPlaylistId' })],
    });
    const shared = await h.playlistOf(stranger, [0], 'public');
    expect((await h.events.update(owner, event.id, { fallbackPlaylistId: shared }, null)).fallbackPlaylistId).toBe(shared);
  });
});

/**
 * A database that outlives an app: a PGlite directory, or a PostgreSQL database. The directory starts as a copy
 * of the run's migrated snapshot: the subject is the restart, not the first boot (about ten seconds of CPU).
 */
async function durableDatabase(): Promise<{ config: AppConfig['database']; drop(): Promise<void> }> {
  if (onPostgres()) return freshDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'musicroom-restart-'));
  fillFromSnapshot(dir);
  return { config: { kind: 'pglite', storage: 'disk', dir, migrateOnBoot: true }, drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
}

describe(`auto-advance across a restart (${databaseKind()})`, () => {
  it('advances on time after the server restarted during the track', async () => {
    const database = await durableDatabase();
    try {
      const before = await bootEvents({ database: database.config });
      const owner = await before.user('owner');
      const event = await before.event(owner);
      const first = await before.propose(owner, event.id, 2);
      const second = await before.propose(owner, event.id, 0);
      const start = new Date('2026-06-03T20:00:00Z');
      before.freezeClock(start);
      await before.playback.command(owner, event.id, { action: 'play' }, null);
      await before.close();

      const after = await bootEvents({ database: database.config });
      try {
        const clock = after.freezeClock(new Date(start.getTime() + first.track.durationMs + GRACE_MS - 1));
        expect(await after.autoAdvance.poll()).toBe(0);
        clock.advance(1);
        expect(await after.autoAdvance.poll()).toBe(1);
        expect((await after.events.get(owner, event.id, null)).nowPlaying).toMatchObject({ entryId: second.id, state: 'playing', positionMs: 0 });
      } finally {
        await after.close();
      }
    } finally {
      await database.drop();
    }
  });
});
