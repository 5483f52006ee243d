import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { AppConfig } from '../../src/config';
import { openDatabase, type OpenedDatabase } from '../../src/infra/database';
import { schema } from '../../src/schema';

/** True when the suite runs against a real PostgreSQL server (CI's `test:services`). */
export const onPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);
export const databaseKind = (): string => (onPostgres() ? 'postgres' : 'pglite');

export interface FreshDatabase {
  config: AppConfig['database'];
  drop(): Promise<void>;
}

const withAdmin = async (adminUrl: string, work: (client: Client) => Promise<void>) => {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};

/**
 * A database nobody else uses: a new PostgreSQL database on TEST_DATABASE_URL's server, or an in-memory
 * PGlite. Migrations run when it is opened.
 */
export async function freshDatabase(options: { migrate?: boolean } = {}): Promise<FreshDatabase> {
  const migrateOnBoot = options.migrate ?? true;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    return { config: { kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot }, drop: () => Promise.resolve() };
  }
  const name = `musicroom_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`).then(() => undefined));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString(), poolSize: 10, migrateOnBoot },
    drop: () =>
      withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
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
