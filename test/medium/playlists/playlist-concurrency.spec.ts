import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/common/errors/domain-error';
import { databaseKind } from '../../support/test-database';
import { BUNDLED, bootPlaylists, byteOrder, replay, type PlaylistsHarness } from '../../support/playlists-harness';

const isStrictlyIncreasing = (keys: string[]) => keys.every((k, i) => i === 0 || byteOrder(keys[i - 1], k) < 0);

describe(`playlist ordering under concurrent edits (${databaseKind()})`, () => {
  let h: PlaylistsHarness;
  let owner: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    h = await bootPlaylists();
    [owner, alice, bob] = await Promise.all([h.user('owner'), h.user('alice'), h.user('bob')]);
  });
  afterAll(() => h.t.close());

  it('keeps all 60 tracks added at once by 3 users, with unique keys and a stable order', async () => {
    const playlist = await h.playlists.create(owner, { name: 'Party', editLicense: 'invited' });
    await h.makeMember(owner, playlist.id, alice);
    await h.makeMember(owner, playlist.id, bob);
    const first = await h.entries.add(owner, playlist.id, { provider: 'bundled', providerTrackId: BUNDLED[0] });
    const before = await h.playlists.get(owner, playlist.id);
    const recorder = h.record(playlist.id);

    // Each user adds 20 tracks at once: some at the end, some all at the same spot (right after `first`).
    const adds = [owner, alice, bob].flatMap((user) =>
      Array.from({ length: 20 }, (_, i) =>
        h.entries.add(user, playlist.id, {
          provider: 'bundled',
          providerTrackId: BUNDLED[i % BUNDLED.length],
          ...(i % 2 === 0 ? { afterEntryId: first.id } : {}),
        }),
      ),
    );
    const results = await Promise.allSettled(adds);
    const events = await recorder.stop();

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const after = await h.playlists.get(owner, playlist.id);
    expect(after.tracks).toHaveLength(61);
    const keys = after.tracks.map((e) => e.position);
    expect(new Set(keys).size).toBe(61);
    expect(isStrictlyIncreasing(keys)).toBe(true);
    expect(after.version).toBe(before.version + 60);
    expect(events.map((e) => e.payload.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => before.version + 1 + i),
    );
    // Everyone's adds are there, in the places they asked for: the even ones right after `first`.
    const addedBy = after.tracks.slice(1).map((e) => e.addedBy?.id);
    expect([owner, alice, bob].map((id) => addedBy.filter((a) => a === id).length)).toEqual([20, 20, 20]);
    const reread = await h.playlists.get(alice, playlist.id);
    expect(reread.tracks.map((e) => e.id)).toEqual(after.tracks.map((e) => e.id));
    expect(replay([[first.id, first.position]], events)).toEqual(after.tracks.map((e) => e.id));
  });

  it('orders 20 concurrent random moves consistently, as the published events replayed in version order say', async () => {
    const trackIds = await Promise.all(BUNDLED.map((slug) => h.tracks.resolve('bundled', slug).then((r) => r.id)));
    const size = 8;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            entry: fc.nat(size - 1),
            after: fc.option(fc.nat(size - 1), { nil: null }),
            remove: fc.nat(9).map((n) => n < 2),
          }),
          { minLength: 20, maxLength: 20 },
        ),
        async (ops) => {
          const { id } = await h.api.createFromTracks(owner, {
            name: 'Shuffle',
            trackIds: Array.from({ length: size }, (_, i) => trackIds[i % trackIds.length]),
          });
          const initial = await h.playlists.get(owner, id);
          const ids = initial.tracks.map((e) => e.id);
          const recorder = h.record(id);
          const results = await Promise.allSettled(
            ops.map((op) =>
              op.remove
                ? h.entries.remove(owner, id, ids[op.entry])
                : h.entries.move(owner, id, ids[op.entry], op.after === null ? null : ids[op.after]),
            ),
          );
          const events = await recorder.stop();
          const final = await h.playlists.get(owner, id);

          // Failures only ever mean "that entry was removed by a concurrent request".
          for (const r of results) {
            if (r.status === 'rejected') {
              expect(r.reason).toBeInstanceOf(DomainError);
              expect((r.reason as DomainError).code).toBe('NOT_FOUND');
            }
          }
          const keys = final.tracks.map((e) => e.position);
          expect(isStrictlyIncreasing(keys)).toBe(true);
          expect(events.map((e) => e.payload.version).sort((a, b) => a - b)).toEqual(
            Array.from({ length: final.version - initial.version }, (_, i) => initial.version + 1 + i),
          );
          const initialOrder = initial.tracks.map((e): [string, string] => [e.id, e.position]);
          expect(replay(initialOrder, events)).toEqual(final.tracks.map((e) => e.id));
          const reread = await h.playlists.get(owner, id);
          expect(reread.tracks).toEqual(final.tracks);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('places each move right after the requested entry (null = first), like a plain list would', async () => {
    const trackIds = await Promise.all(BUNDLED.map((slug) => h.tracks.resolve('bundled', slug).then((r) => r.id)));
    const size = 6;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ entry: fc.nat(size - 1), after: fc.option(fc.nat(size - 1), { nil: null }) }), { minLength: 1, maxLength: 15 }),
        async (moves) => {
          const { id } = await h.api.createFromTracks(owner, {
            name: 'Model',
            trackIds: Array.from({ length: size }, (_, i) => trackIds[i % trackIds.length]),
          });
          const ids = (await h.playlists.get(owner, id)).tracks.map((e) => e.id);
          const model = [...ids];
          for (const { entry, after } of moves) {
            await h.entries.move(owner, id, ids[entry], after === null ? null : ids[after]);
            if (after === entry) continue;
            model.splice(model.indexOf(ids[entry]), 1);
            model.splice(after === null ? 0 : model.indexOf(ids[after]) + 1, 0, ids[entry]);
          }
          expect((await h.playlists.get(owner, id)).tracks.map((e) => e.id)).toEqual(model);
        },
      ),
      { numRuns: 15 },
    );
  });
});
