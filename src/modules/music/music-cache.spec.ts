import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../infra/cache';
import { MusicCache } from './music-cache';

describe('MusicCache', () => {
  it('serves a second request from the cache without loading again', async () => {
    const cache = new MusicCache(new MemoryCacheStore(), 60);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await cache.getOrLoad('k', load, () => 60)).toBe(1);
    expect(await cache.getOrLoad('k', load, () => 60)).toBe(1);
    expect(loads).toBe(1);
  });

  it('shares one load between concurrent identical requests', async () => {
    const cache = new MusicCache(new MemoryCacheStore(), 60);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'value';
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.getOrLoad('k', load, () => 60)));
    expect(results).toEqual(Array(5).fill('value'));
    expect(loads).toBe(1);
  });

  it('does not cache a value whose TTL is zero, nor a failure', async () => {
    const cache = new MusicCache(new MemoryCacheStore(), 60);
    let loads = 0;
    await cache.getOrLoad('k', () => Promise.resolve(++loads), () => 0);
    await cache.getOrLoad('k', () => Promise.resolve(++loads), () => 0);
    expect(loads).toBe(2);
    await expect(cache.getOrLoad('e', () => Promise.reject(new Error('down')), () => 60)).rejects.toThrow('down');
    expect(await cache.getOrLoad('e', () => Promise.resolve('up'), () => 60)).toBe('up');
  });
});
