export { REDIS, RedisModule } from './redis.module';
export { createRedisClient, closeRedisClient, type RedisClientOptions } from './redis.factory';
