import type { Tx } from '../../infra/database';

/** Anything that runs SQL: a transaction, or the database outside of one. */
export type Queryable = Pick<Tx, 'query'>;

/**
 * Rows of an UPDATE or DELETE … RETURNING. TypeORM's postgres driver answers those statements with
 * `[rows, affectedCount]` instead of the rows alone.
 */
export async function changedRows<T>(q: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const [rows] = (await q.query(sql, parameters)) as unknown as [T[], number];
  return rows;
}
