import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry when full', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1, 60_000);
    cache.set('b', 2, 60_000);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, 60_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('forgets an entry once its TTL has passed', () => {
    let now = 0;
    const cache = new LruCache<string>(10, { nowMs: () => now });
    cache.set('k', 'v', 1_000);
    now = 999;
    expect(cache.get('k')).toBe('v');
    now = 1_000;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not store an entry with a TTL of zero', () => {
    const cache = new LruCache<string>(10);
    cache.set('k', 'v', 0);
    expect(cache.get('k')).toBeUndefined();
  });
});
