import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, PreparedStatement, sqlStateOf, PG } from '../../src/infra/database';
import { databaseKind, openTestDatabase } from '../support/test-database';

/**
 * PGlite is a single session: unless the driver serializes transactions, concurrent ones interleave on it
 * (a FOR UPDATE counter ends below the number of increments, one rollback undoes another's commit).
 * These run on PGlite by default and on PostgreSQL when TEST_DATABASE_URL is set.
 */
describe(`transactions under concurrency (${databaseKind()})`, () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    opened = await openTestDatabase();
    db = new Database(opened.dataSource);
    await db.query('CREATE TABLE concurrency_counter (id int PRIMARY KEY, value int NOT NULL)');
    await db.query('CREATE TABLE concurrency_rows (id serial PRIMARY KEY, label text NOT NULL)');
  });
  afterAll(() => opened.drop());

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('counts exactly 20 after 20 concurrent SELECT … FOR UPDATE increments', async () => {
    await db.query('INSERT INTO concurrency_counter (id, value) VALUES (1, 0)');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const [row] = await tx.query<{ value: number }>('SELECT value FROM concurrency_counter WHERE id = 1 FOR UPDATE');
          await sleep(2); // widen the window between read and write
          await tx.query('UPDATE concurrency_counter SET value = $1 WHERE id = 1', [row.value + 1]);
        }),
      ),
    );
    const [row] = await db.query<{ value: number }>('SELECT value FROM concurrency_counter WHERE id = 1');
    expect(row.value).toBe(20);
  });

  it('keeps a concurrent commit when another transaction rolls back', async () => {
    const failing = db.transaction(async (tx) => {
      await tx.query("INSERT INTO concurrency_rows (label) VALUES ('rolled-back')");
      await sleep(20);
      throw new Error('abort this one');
    });
    const committing = db.transaction(async (tx) => {
      await sleep(5);
      await tx.query("INSERT INTO concurrency_rows (label) VALUES ('committed')");
    });
    const results = await Promise.allSettled([failing, committing]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    const rows = await db.query<{ label: string }>('SELECT label FROM concurrency_rows ORDER BY id');
    expect(rows.map((r) => r.label)).toEqual(['committed']);
  });

  it('isolates many interleaved commits and rollbacks', async () => {
    await db.query('DELETE FROM concurrency_rows');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO concurrency_rows (label) VALUES ($1)', [`row-${i}`]);
          await sleep(i % 3);
          if (i % 2 === 1) throw new Error(`rollback ${i}`);
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(15);
    const rows = await db.query<{ label: string }>('SELECT label FROM concurrency_rows');
    const expected = Array.from({ length: 15 }, (_, k) => `row-${k * 2}`);
    expect(rows.map((r) => r.label).sort()).toEqual(expected.sort());
  });

  it('runs commit hooks only after a commit', async () => {
    const fired: string[] = [];
    await db.transaction((tx) => {
      tx.afterCommit(() => fired.push('committed'));
      expect(fired).toEqual([]);
      return Promise.resolve();
    });
    await db
      .transaction((tx) => {
        tx.afterCommit(() => fired.push('rolled back'));
        return Promise.reject(new Error('nope'));
      })
      .catch(() => undefined);
    expect(fired).toEqual(['committed']);
  });

  it('runs a prepared statement again and again, alone and in transactions, rolled back with them, failing like any query', async () => {
    await db.query('DELETE FROM concurrency_rows');
    const insert = new PreparedStatement('INSERT INTO concurrency_rows (id, label) VALUES ($1, $2) RETURNING id, label');
    expect(await db.query(insert, [1, 'alone'])).toEqual([{ id: 1, label: 'alone' }]);
    expect(await db.query(insert, [2, 'again'])).toEqual([{ id: 2, label: 'again' }]);
    await db.transaction(async (tx) => {
      expect(await tx.query(insert, [3, 'in a transaction'])).toEqual([{ id: 3, label: 'in a transaction' }]);
    });
    const failing = db.transaction(async (tx) => {
      await tx.query(insert, [4, 'rolled back']);
      throw new Error('abort this one');
    });
    await expect(failing).rejects.toThrow('abort this one');
    const duplicate = await db.query(insert, [1, 'duplicate']).catch((error: unknown) => error);
    expect(sqlStateOf(duplicate)).toBe(PG.UNIQUE_VIOLATION);
    const rename = new PreparedStatement('UPDATE concurrency_rows SET label = $2 WHERE id = $1 RETURNING label');
    expect(await db.query(rename, [2, 'renamed'])).toEqual([{ label: 'renamed' }]);
    const rows = await db.query<{ label: string }>('SELECT label FROM concurrency_rows ORDER BY id');
    expect(rows.map((r) => r.label)).toEqual(['alone', 'renamed', 'in a transaction']);
  });
});
