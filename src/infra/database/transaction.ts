import type { EntityManager } from 'typeorm';
import type { CommitHooks } from '../../common/events/domain-events';
import { runPrepared, type PreparedStatement } from './prepared-statement';

/** A unit of work: the entity manager bound to one transaction, plus callbacks to run once it commits. */
export class Tx implements CommitHooks {
  private readonly callbacks: Array<() => void> = [];

  constructor(readonly manager: EntityManager) {}

  afterCommit(callback: () => void): void {
    this.callbacks.push(callback);
  }

  query<T = Record<string, unknown>>(sql: string | PreparedStatement, parameters?: unknown[]): Promise<T[]> {
    if (typeof sql === 'string') return this.manager.query<T[]>(sql, parameters);
    if (!this.manager.queryRunner) throw new Error('a transaction without its query runner');
    return runPrepared<T>(this.manager.queryRunner, sql, parameters);
  }

  /** @internal called by Database once the commit succeeded */
  runCommitCallbacks(): void {
    for (const callback of this.callbacks.splice(0)) callback();
  }
}
