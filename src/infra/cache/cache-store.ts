import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { LruCache } from './lru-cache';

/** A TTL cache of JSON values, shared by all instances when it is backed by Redis. */
export interface CacheStore {
  readonly kind: 'redis' | 'memory';
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
}

export class MemoryCacheStore implements CacheStore {
  readonly kind = 'memory';
  private readonly lru: LruCache<string>;

  constructor(maxEntries = 1_000) {
    this.lru = new LruCache<string>(maxEntries);
  }

  get<T>(key: string): Promise<T | undefined> {
    const raw = this.lru.get(key);
    // Stored as JSON so callers never share (and mutate) one object.
    return Promise.resolve(raw === undefined ? undefined : (JSON.parse(raw) as T));
  }

  set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    this.lru.set(key, JSON.stringify(value), ttlSeconds * 1_000);
    return Promise.resolve();
  }
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`cache timed out after ${ms} ms`)), ms).unref()),
  ]);

/**
 * Redis-backed cache that never fails the caller: while Redis is slow or down a read is a miss and a write is
 * dropped, so the app keeps answering (only slower).
 */
export class RedisCacheStore implements CacheStore {
  readonly kind = 'redis';
  private readonly logger = new Logger(RedisCacheStore.name);
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly timeoutMs = 250,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    try {
      const raw = await withTimeout(this.redis.get(this.prefix + key), this.timeoutMs);
      this.recovered();
      return raw === null ? undefined : (JSON.parse(raw) as T);
    } catch (error) {
      this.degrade(error);
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    if (ttlSeconds <= 0) return;
    try {
      await withTimeout(this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', ttlSeconds), this.timeoutMs);
      this.recovered();
    } catch (error) {
      this.degrade(error);
    }
  }

  private degrade(error: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    this.logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'Cache unavailable; serving without it');
  }

  private recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.logger.log('Cache available again');
  }
}

/** Redis when the app has one, otherwise an in-process LRU. */
export function createCacheStore(redis: Redis | null, prefix: string, maxMemoryEntries?: number): CacheStore {
  return redis ? new RedisCacheStore(redis, prefix) : new MemoryCacheStore(maxMemoryEntries);
}
