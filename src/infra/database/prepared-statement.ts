import { createHash } from 'node:crypto';
import { QueryFailedError, type QueryRunner } from 'typeorm';

/**
 * SQL that a hot path sends again and again, run as a named prepared statement: PostgreSQL parses and plans it
 * once per connection instead of at every call. Its name is derived from its text, so two statements never share
 * one. Only for a fixed text built once (never SQL assembled per call): each connection keeps every statement it
 * has prepared.
 */
export class PreparedStatement {
  readonly name: string;

  constructor(readonly text: string) {
    this.name = `mr_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  }
}

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** Runs `statement` on the runner's connection and answers its rows (for UPDATE and DELETE too), failing as TypeORM's queries do. */
export async function runPrepared<T>(runner: QueryRunner, statement: PreparedStatement, parameters: unknown[] = []): Promise<T[]> {
  const connection = (await runner.connect()) as PgConnection;
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values: parameters });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(statement.text, parameters, error as Error);
  }
}
