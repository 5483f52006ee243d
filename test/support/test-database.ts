import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { AppConfig } from '../../src/config';
import { openDatabase, type OpenedDatabase } from '../../src/infra/database';
import { schema } from '../../src/schema';
import { withAdmin } from './postgres-admin';

/** True when the suite runs against a real PostgreSQL server (CI's `test:services`). */
export const onPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
export const databaseKind = (): string => (onPostgres() ? 'postgres' : 'pglite');

export interface FreshDatabase {
  config: AppConfig['database'];
  drop(): Promise<void>;
}

let snapshot: Promise<Blob> | null = null;
/** The migrated and seeded PGlite dump of the global setup, read once per test process. */
function pgliteSnapshot(): Promise<Blob> | undefined {
  const path = inject('pgliteSnapshot');
  if (!path) return undefined;
  snapshot ??= readFile(path).then((bytes) => new Blob([bytes]));
  return snapshot;
}

/**
 * A database nobody else uses: a new PostgreSQL database on TEST_DATABASE_URL's server, or an in-memory
 * PGlite. Migrated ones are clones of the run's template (migrated and seeded once by the global setup);
 * `migrate: false` gives an empty one.
 */
export async function freshDatabase(options: { migrate?: boolean } = {}): Promise<FreshDatabase> {
  const migrateOnBoot = options.migrate ?? true;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const loaded = migrateOnBoot ? await pgliteSnapshot() : undefined;
    return { config: { kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot, snapshot: loaded }, drop: () => Promise.resolve() };
  }
  const name = `musicroom_test_${randomBytes(6).toString('hex')}`;
  const template = migrateOnBoot ? inject('postgresTemplate') : undefined;
  await withAdmin(adminUrl, (client) => client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString(), poolSize: 10, migrateOnBoot },
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Opens a fresh database with the app's schema, for integration tests that need no HTTP. */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<OpenedDatabase & { drop(): Promise<void> }> {
  const fresh = await freshDatabase(options);
  const opened = await openDatabase(fresh.config, schema);
  return {
    ...opened,
    drop: async () => {
      await opened.close();
      await fresh.drop();
    },
  };
}
