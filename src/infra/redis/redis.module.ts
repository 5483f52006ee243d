import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config';
import { closeRedisClient, createRedisClient } from './redis.factory';

/** The shared Redis client, or null when REDIS_URL is not set (everything then runs in-process). */
export const REDIS = Symbol('REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await closeRedisClient(this.redis);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null =>
        config.redis ? createRedisClient(config.redis.url, { name: 'main' }) : null,
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
