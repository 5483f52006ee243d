import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges, runMigrations, type OpenedDatabase } from '../../src/infra/database';
import { unlistedMigrationFiles } from '../../scripts/migrate';
import { migrations } from '../../migrations';
import { databaseKind, openTestDatabase } from '../support/test-database';

const tables = async (db: OpenedDatabase) =>
  (
    await db.dataSource.query<Array<{ name: string }>>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1",
    )
  ).map((r) => r.name);

describe(`migrations (${databaseKind()})`, () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it('lists every migration file in migrations/index.ts', () => {
    expect(unlistedMigrationFiles()).toEqual([]);
  });

  it('names migrations <epoch>-<Name> in ascending order', () => {
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => Number(/\d{13}$/.exec(a)?.[0]) - Number(/\d{13}$/.exec(b)?.[0])));
  });

  it('goes up, all the way down, and up again to the same schema', async () => {
    await runMigrations(db.dataSource, { useAdvisoryLock: false });
    const afterUp = await tables(db);
    for (let i = 0; i < migrations.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(db)).toEqual([]);
    await runMigrations(db.dataSource, { useAdvisoryLock: false });
    expect(await tables(db)).toEqual(afterUp);
  });

  it('leaves no difference between the entities and the migrated schema (drift check)', async () => {
    const drift = await pendingSchemaChanges(db.dataSource);
    expect(drift.up).toEqual([]);
  });
});
