import { Logger } from '@nestjs/common';
import type { Redis, RedisOptions } from 'ioredis';
import { loadOnDemand } from '../../common/load-on-demand';

export interface RedisClientOptions {
  /** Shown in logs: which client of the process this is. */
  name: string;
  /** Fail commands at once while disconnected instead of queueing them (pub/sub publishers, caches). */
  failFast?: boolean;
  overrides?: RedisOptions;
}

/**
 * An ioredis client that survives outages: it reconnects with capped backoff, never leaves an `error`
 * event unhandled, and logs once per state change rather than once per retry.
 */
export function createRedisClient(url: string, options: RedisClientOptions): Redis {
  const logger = new Logger(`Redis:${options.name}`);
  let healthy: boolean | undefined;
  const { Redis: RedisClient } = loadOnDemand('ioredis') as typeof import('ioredis');
  const client = new RedisClient(url, {
    lazyConnect: false,
    connectTimeout: 5_000,
    maxRetriesPerRequest: options.failFast ? 0 : 2,
    enableOfflineQueue: !options.failFast,
    retryStrategy: (attempt) => Math.min(200 * 2 ** Math.min(attempt, 5), 5_000),
    reconnectOnError: () => false,
    ...options.overrides,
  });
  client.on('ready', () => {
    if (healthy !== true) logger.log(healthy === false ? 'Redis connection restored' : 'Redis connected');
    healthy = true;
  });
  client.on('error', (error: Error) => {
    if (healthy !== false) logger.warn({ err: { message: error.message } }, 'Redis unavailable; retrying in the background');
    healthy = false;
  });
  return client;
}

export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
