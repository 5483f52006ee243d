import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

/**
 * Fills `pgdata`, an embedded database's data directory, with the run's migrated and seeded snapshot
 * (database-template.ts), for tests whose subject is not the creation of a database: opening one takes a few
 * seconds of CPU, creating one about ten. Returns false and leaves the directory as it was when the run has no
 * snapshot (a run on PostgreSQL): the database is then created on first open.
 */
export function fillFromSnapshot(pgdata: string): boolean {
  const snapshot = inject('pgliteSnapshot');
  if (!snapshot) return false;
  mkdirSync(pgdata, { recursive: true });
  execFileSync('tar', ['-xf', snapshot, '-C', pgdata], { stdio: 'ignore' });
  return true;
}
