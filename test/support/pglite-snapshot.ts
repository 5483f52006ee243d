import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildEmbeddedTemplate, writeAtomically } from '../../scripts/embedded-template';

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

let built: Promise<string> | null = null;
/**
 * A migrated and seeded PGlite tarball, what the build's embedded template is: the run's snapshot, or on a run
 * without one (on PostgreSQL) one built for this test process.
 */
export function templateFile(): Promise<string> {
  const snapshot = inject('pgliteSnapshot');
  if (snapshot) return Promise.resolve(snapshot);
  built ??= buildEmbeddedTemplate('none').then((bytes) => {
    const file = join(mkdtempSync(join(tmpdir(), 'musicroom-template-')), 'template.tar');
    writeAtomically(file, bytes);
    return file;
  });
  return built;
}
