import type { Queryable } from '../users';

/**
 * Runs an UPDATE or DELETE … RETURNING and gives its rows. TypeORM's postgres driver answers those two
 * commands with `[rows, affectedCount]` instead of the rows alone.
 */
export async function returningRows<T>(q: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = (await q.query(sql, parameters)) as unknown;
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
