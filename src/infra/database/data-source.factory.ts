import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { AppConfig } from '../../config';
import { EmbeddedPostgres } from './embedded-postgres';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = Function[];

export interface SchemaDefinition {
  entities: EntityList;
  migrations: MigrationList;
}

export interface OpenedDatabase {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

const MIGRATION_LOCK_KEY = 4_242_017;

export function createDataSource(url: string, poolSize: number, schema: SchemaDefinition): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 },
  });
}

/** Opens the configured database (PostgreSQL, or PGlite served locally), optionally migrating it. */
export async function openDatabase(config: AppConfig['database'], schema: SchemaDefinition): Promise<OpenedDatabase> {
  const embedded = config.kind === 'pglite' ? await EmbeddedPostgres.start(config) : null;
  const url = embedded ? embedded.url : config.kind === 'postgres' ? config.url : '';
  const poolSize = embedded ? EmbeddedPostgres.POOL_SIZE : config.kind === 'postgres' ? config.poolSize : 1;
  const dataSource = createDataSource(url, poolSize, schema);
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  try {
    await dataSource.initialize();
    if (config.migrateOnBoot) await runMigrations(dataSource, { useAdvisoryLock: !embedded });
    return { dataSource, embedded, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** Runs pending migrations; on a shared server an advisory lock keeps instances booting together from racing. */
export async function runMigrations(dataSource: DataSource, options: { useAdvisoryLock: boolean }): Promise<string[]> {
  const lockRunner = options.useAdvisoryLock ? dataSource.createQueryRunner() : null;
  try {
    await lockRunner?.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    if (lockRunner) {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lockRunner.release();
    }
  }
}

/** SQL the entities need that the migrations have not created: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}
