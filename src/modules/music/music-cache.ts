import type { CacheStore } from '../../infra/cache';

/**
 * Caches provider answers (Redis when configured, else in-process) and lets concurrent identical requests in
 * this process share one outbound call.
 */
export class MusicCache {
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: CacheStore,
    readonly ttlSeconds: number,
  ) {}

  async getOrLoad<T>(key: string, load: () => Promise<T>, ttlFor: (value: T) => number): Promise<T> {
    const cached = await this.store.get<T>(key);
    if (cached !== undefined) return cached;
    const pending = this.inflight.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const loading = (async () => {
      const value = await load();
      const ttl = Math.floor(ttlFor(value));
      if (ttl > 0) await this.store.set(key, value, ttl);
      return value;
    })().finally(() => this.inflight.delete(key));
    this.inflight.set(key, loading);
    return loading;
  }
}
