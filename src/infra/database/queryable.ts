import type { PreparedStatement } from './prepared-statement';

/**
 * Anything that runs SQL: the Database service, or a transaction (`Tx`) when the call is part of one. A
 * `PreparedStatement` runs as a named prepared statement and answers its rows for every command.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string | PreparedStatement, parameters?: unknown[]): Promise<T[]>;
}

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING`. TypeORM's postgres driver answers those two
 * commands with `[rows, affectedCount]` instead of the rows; INSERT and SELECT come back as rows already.
 */
export async function returningRows<T>(q: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await q.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
