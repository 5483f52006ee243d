import { describe, expect, it } from 'vitest';
import { comparePositions, type PlaylistEntry } from './playlist-cache';
import { planMove } from './reorder';

const entry = (id: string, position: string) =>
  ({ id, position, track: { title: id }, addedBy: null, addedAt: '2030-01-01T00:00:00Z' }) as unknown as PlaylistEntry;
const list = [entry('a', 'a0'), entry('b', 'a1'), entry('c', 'a2'), entry('d', 'a3')];
const isSorted = (entries: PlaylistEntry[]) => entries.every((e, i) => i === 0 || comparePositions(entries[i - 1]!.position, e.position) < 0);

describe('a drop turned into the API’s move', () => {
  it('moving down places the entry after the one it was dropped on', () => {
    const plan = planMove(list, 'a', 'c');
    expect(plan?.move).toEqual({ entryId: 'a', afterEntryId: 'c' });
    expect(plan?.entries.map((e) => e.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(isSorted(plan!.entries)).toBe(true);
  });

  it('moving up places the entry after the one before its new place', () => {
    const plan = planMove(list, 'd', 'b');
    expect(plan?.move).toEqual({ entryId: 'd', afterEntryId: 'a' });
    expect(plan?.entries.map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(isSorted(plan!.entries)).toBe(true);
  });

  it('moving to the top sends null, to the bottom the last entry', () => {
    expect(planMove(list, 'c', 'a')?.move).toEqual({ entryId: 'c', afterEntryId: null });
    const bottom = planMove(list, 'a', 'd');
    expect(bottom?.move).toEqual({ entryId: 'a', afterEntryId: 'd' });
    expect(isSorted(bottom!.entries)).toBe(true);
  });

  it('a drop in place or on an unknown entry moves nothing', () => {
    expect(planMove(list, 'b', 'b')).toBeNull();
    expect(planMove(list, 'b', 'zz')).toBeNull();
    expect(planMove(list, 'zz', 'b')).toBeNull();
  });

  it('keeps the old position when the neighbours are out of order (a list from a stale view)', () => {
    const stale = [entry('a', 'a5'), entry('b', 'a1'), entry('c', 'a2')];
    expect(planMove(stale, 'c', 'b')?.entries.find((e) => e.id === 'c')?.position).toBe('a2');
  });
});
