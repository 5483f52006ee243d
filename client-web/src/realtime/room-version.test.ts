import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyVersionedFrame, frameFit } from './room-version';

const at = '2030-01-01T00:00:00.000Z';
const frame = (version: number) => ({ room: 'playlist:p1', at, version });

describe('room frames by version', () => {
  it('applies the next version, ignores an old one, and asks for a refetch on a gap', () => {
    const current = { version: 5 };
    expect(frameFit(current, frame(6))).toBe('apply');
    expect(frameFit(current, frame(5))).toBe('stale');
    expect(frameFit(current, frame(8))).toBe('gap');
    expect(frameFit(undefined, frame(1))).toBe('gap');
  });

  it('writes the reduced value with the frame’s version into the cache, and refetches on a gap', () => {
    const queryClient = new QueryClient();
    const key = ['things', 'p1'];
    queryClient.setQueryData(key, { version: 5, names: ['a'] });
    type Thing = { version: number; names: string[] };

    const applied = applyVersionedFrame<Thing>(queryClient, key, frame(6), (t) => ({ ...t, names: [...t.names, 'b'] }));
    expect(applied?.before.names).toEqual(['a']);
    expect(queryClient.getQueryData(key)).toEqual({ version: 6, names: ['a', 'b'] });

    expect(applyVersionedFrame<Thing>(queryClient, key, frame(6), (t) => ({ ...t, names: [] }))).toBeNull();
    expect(queryClient.getQueryData<Thing>(key)?.names).toEqual(['a', 'b']);

    // A missed frame: the cached value is not touched, and the query is marked for a refetch.
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(false);
    expect(applyVersionedFrame<Thing>(queryClient, key, frame(9), (t) => ({ ...t, names: [] }))).toBeNull();
    expect(queryClient.getQueryData<Thing>(key)).toEqual({ version: 6, names: ['a', 'b'] });
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });
});
