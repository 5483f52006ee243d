import { describe, expect, it } from 'vitest';
import { applyRoomFrame, describeFrame, type EventDetail, type QueueEntry } from './room-cache';

const entry = (id: string, score: number, proposedAt: string): QueueEntry => ({
  id,
  score,
  proposedAt,
  votedByMe: false,
  proposedBy: null,
  track: { provider: 'bundled', providerTrackId: `t-${id}`, title: `Song ${id}`, artist: 'Band', durationMs: 1000 },
});

const room = (queue: QueueEntry[], version = 5): EventDetail =>
  ({ id: 'e1', version, queue, nowPlaying: null, player: null }) as unknown as EventDetail;

const at = '2030-01-01T00:00:00.000Z';

describe('applying room frames by version', () => {
  it('reorders the queue when a vote changes a score, and says so', () => {
    const before = room([entry('a', 1, '2030-01-01T00:00:01Z'), entry('b', 0, '2030-01-01T00:00:02Z')]);
    const change = { name: 'queue.vote_changed' as const, frame: { room: 'event:e1', at, version: 6, entryId: 'b', score: 2 } };
    const after = applyRoomFrame(before, change);
    expect(after.queue.map((e) => [e.id, e.score])).toEqual([['b', 2], ['a', 1]]);
    expect(after.version).toBe(6);
    expect(describeFrame(before, after, change)).toBe('Song b: 2 votes, now number 1 in the queue.');
  });

  it('breaks score ties by proposal time, and keeps the viewer’s own vote marks', () => {
    const mine = { ...entry('a', 1, '2030-01-01T00:00:05Z'), votedByMe: true };
    const before = room([mine, entry('b', 0, '2030-01-01T00:00:02Z')]);
    const after = applyRoomFrame(before, { name: 'queue.vote_changed', frame: { room: 'event:e1', at, version: 6, entryId: 'b', score: 1 } });
    expect(after.queue.map((e) => e.id)).toEqual(['b', 'a']);
    expect(after.queue[1]?.votedByMe).toBe(true);
  });

  it('adds and removes entries', () => {
    const before = room([entry('a', 0, '2030-01-01T00:00:01Z')]);
    const { id, track, proposedBy, score, proposedAt } = entry('c', 0, '2030-01-01T00:00:03Z');
    const frame = { room: 'event:e1', at, version: 6, entry: { id, track, proposedBy, score, proposedAt } };
    const added = applyRoomFrame(before, { name: 'queue.track_added', frame });
    expect(added.queue.map((e) => e.id)).toEqual(['a', 'c']);
    const removed = applyRoomFrame(added, { name: 'queue.track_removed', frame: { room: 'event:e1', at, version: 7, entryId: 'a', reason: 'playing' } });
    expect(removed.queue.map((e) => e.id)).toEqual(['c']);
    expect(removed.version).toBe(7);
  });
});
