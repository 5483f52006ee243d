/** Anything that runs SQL: the Database service, or a transaction when the call is part of one. */
export interface Sql {
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING`. TypeORM answers those statements with
 * `[rows, rowCount]` instead of the rows; wrapped in a CTE the statement reads as a SELECT and returns its rows.
 */
export function changedRows<T>(sql: Sql, statement: string, parameters: unknown[]): Promise<T[]> {
  return sql.query<T>(`WITH changed AS (${statement}) SELECT * FROM changed`, parameters);
}
