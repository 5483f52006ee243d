import { afterEach } from 'vitest';
import { baseEnv, startApp, type AppProcess } from './app-process';
import { scratchDatabase } from './postgres';
import { RedisProcess } from './redis-process';

export type Defer = (cleanup: () => Promise<unknown> | void) => void;

/** Things a test started, stopped after it in reverse order, whatever happened. */
export function cleanupAfterEach(): Defer {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return (cleanup) => void cleanups.push(cleanup);
}

/** Two instances of one deployment: one PostgreSQL database and a Redis of the test's own (so it can be killed). */
export async function twoInstances(defer: Defer): Promise<{ a: AppProcess; b: AppProcess; redis: RedisProcess }> {
  const db = await scratchDatabase();
  defer(() => db.drop());
  const redis = new RedisProcess();
  await redis.start();
  defer(() => redis.kill());
  const env = { ...baseEnv(), DATABASE_URL: db.url(), REDIS_URL: redis.url };
  const a = await startApp(env);
  defer(() => a.kill('SIGKILL'));
  const b = await startApp(env);
  defer(() => b.kill('SIGKILL'));
  return { a, b, redis };
}
