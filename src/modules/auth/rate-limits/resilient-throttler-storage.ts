import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { loadOnDemand } from '../../../common/load-on-demand';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Redis-backed counting, failing fast while disconnected: a request must not wait for Redis to come back. */
function redisStorage(redis: { url: string; keyPrefix: string }): ThrottlerStorageRedisService {
  const { ThrottlerStorageRedisService: Storage } = loadOnDemand('@nest-lab/throttler-storage-redis') as typeof import('@nest-lab/throttler-storage-redis');
  return new Storage(redis.url, { keyPrefix: `${redis.keyPrefix}:rl:`, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
}

/**
 * Rate-limit counters in Redis (shared by every instance) when REDIS_URL is set, in memory otherwise. While
 * Redis is unreachable, counting falls back to memory instead of failing requests: general rate limits are
 * a courtesy, not a security boundary (the login brake lives in the database).
 */
export class ResilientThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('RateLimitStorage');
  private readonly memory = new ThrottlerStorageService();
  private readonly redis: ThrottlerStorageRedisService | null;
  private degraded = false;

  constructor(redis: { url: string; keyPrefix: string } | null) {
    this.redis = redis ? redisStorage(redis) : null;
    this.redis?.redis.on('error', () => undefined);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<StorageRecord> {
    if (!this.redis) return this.memory.increment(key, ttl, limit, blockDuration, name);
    try {
      const record = await this.redis.increment(key, ttl, limit, blockDuration, name);
      if (this.degraded) this.logger.log('Rate limits are counted in Redis again');
      this.degraded = false;
      return record;
    } catch (error) {
      if (!this.degraded) this.logger.warn({ err: { message: (error as Error).message } }, 'Redis unreachable: counting rate limits in memory');
      this.degraded = true;
      return this.memory.increment(key, ttl, limit, blockDuration, name);
    }
  }

  onModuleDestroy(): void {
    this.redis?.onModuleDestroy();
    this.memory.onApplicationShutdown();
  }
}
