import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { DATA_SOURCE } from './database.tokens';
import { isRetryableTransactionError } from './postgres-errors';
import { runPrepared, type PreparedStatement } from './prepared-statement';
import { Tx } from './transaction';

export interface TransactionOptions {
  isolation?: IsolationLevel;
  /** Extra attempts after a serialization failure or deadlock (default 2). */
  retries?: number;
}

/** The one entry point to the database: explicit transactions, commit hooks, plain queries. */
@Injectable()
export class Database {
  private readonly logger = new Logger(Database.name);

  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async query<T = Record<string, unknown>>(sql: string | PreparedStatement, parameters?: unknown[]): Promise<T[]> {
    if (typeof sql === 'string') return this.dataSource.query<T[]>(sql, parameters);
    const runner = this.dataSource.createQueryRunner();
    try {
      return await runPrepared<T>(runner, sql, parameters);
    } finally {
      await runner.release();
    }
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const { isolation = 'READ COMMITTED', retries = 2 } = options;
    for (let attempt = 0; ; attempt++) {
      let tx: Tx | undefined;
      try {
        const result = await this.dataSource.transaction(isolation, (manager) => {
          tx = new Tx(manager);
          return work(tx);
        });
        tx?.runCommitCallbacks();
        return result;
      } catch (error) {
        if (attempt >= retries || !isRetryableTransactionError(error)) throw error;
        this.logger.warn({ attempt: attempt + 1, err: error }, 'Retrying transaction after a serialization failure');
      }
    }
  }
}
