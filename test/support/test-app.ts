import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { AppModuleOptions } from '../../src/app.module';
import { createApp } from '../../src/bootstrap';
import { buildConfig, parseEnv, resolveJwtSecret, type AppConfig, type EnvSource } from '../../src/config';
import { watchErrorResponses } from './error-coverage';
import { forgetProcessLogger } from './fresh-logger';
import { freshDatabase } from './test-database';

/** One per test process (vitest fork): see testConfig. */
const testRedisKeyPrefix = `musicroom-test-${process.pid}`;

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** Set when booted with `listen: true`: the origin sockets connect to. */
  url: string;
  close(): Promise<void>;
}

/**
 * The app's configuration for tests: silent, in-memory database, cheapest password hashing (override with `env`).
 * The auto-advance poller is off unless a test turns it on (`AUTO_ADVANCE_POLL_MS`): tests that move the events
 * clock past a track's end would otherwise see the server advance at a moment they do not choose. Tests of
 * auto-advance call `AutoAdvance.poll()` themselves, or turn the poller on.
 * With Redis, the apps of one test process share a key prefix of their own: test files running at the same time
 * on one Redis must not wait on each other's Socket.IO instances (fetchSockets) or share rate-limit counters.
 */
export function testConfig(env: EnvSource = {}): AppConfig {
  const cheapHashing = env.NODE_ENV === 'production' ? {} : { ARGON2_COST: 'test' };
  const values = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_EMBEDDED: 'memory',
    AUTO_ADVANCE_POLL_MS: '0',
    REDIS_KEY_PREFIX: testRedisKeyPrefix,
    ...cheapHashing,
    ...env,
  });
  return buildConfig(values, resolveJwtSecret(values));
}

/** Boots the whole app on a database of its own (PGlite, or a new database on TEST_DATABASE_URL). */
export async function bootTestApp(
  options: {
    env?: EnvSource;
    configure?: (config: AppConfig) => void;
    listen?: boolean;
    /** Share another app's database (several instances of one deployment); it is not dropped on close. */
    database?: AppConfig['database'];
  } & AppModuleOptions = {},
): Promise<TestApp> {
  const config = testConfig(options.env);
  const database = options.database
    ? { config: { ...options.database, migrateOnBoot: true }, drop: () => Promise.resolve() }
    : await freshDatabase();
  config.database = database.config;
  options.configure?.(config);
  await forgetProcessLogger();
  const app = await createApp(config, { logDestination: options.logDestination, extraModules: options.extraModules });
  // Every error the app answers must be documented in openapi.json (checked after each file: setup.ts).
  watchErrorResponses(app.getHttpServer());
  let url = '';
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  } else {
    await app.init();
  }
  return {
    app,
    config,
    url,
    http: request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
