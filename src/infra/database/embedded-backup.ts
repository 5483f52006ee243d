import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';

/**
 * Backup and restore of the embedded database (PGlite's own tarball of its data directory). Both take the
 * data-directory lock, so they refuse to run while a server has the database open.
 */
export async function backupEmbedded(dir: string, file: string): Promise<number> {
  if (!existsSync(dir) || readdirSync(dir).filter((f) => f !== 'musicroom.lock').length === 0) {
    throw new Error(`There is no embedded database in ${dir} to back up.`);
  }
  const unlock = lockDataDir(dir);
  try {
    const db = await PGlite.create(dir);
    try {
      const dump = await db.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      writeFileSync(file, bytes, { mode: 0o600 });
      return bytes.length;
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
}

/**
 * Replaces the embedded database in `dir` with the backup in `file`. A database already there is kept aside,
 * renamed to the returned path, never deleted.
 */
export async function restoreEmbedded(dir: string, file: string, now = new Date()): Promise<{ keptAside: string | null }> {
  if (!existsSync(file)) throw new Error(`No backup file at ${file}.`);
  const backup = new Blob([readFileSync(file)]);
  let keptAside: string | null = null;
  if (existsSync(dir) && readdirSync(dir).some((f) => f !== 'musicroom.lock')) {
    const unlockOld = lockDataDir(dir);
    keptAside = `${dir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, keptAside);
    unlockOld();
    rmSync(join(keptAside, 'musicroom.lock'), { force: true });
  }
  const unlock = lockDataDir(dir);
  try {
    const db = await PGlite.create(dir, { loadDataDir: backup });
    try {
      await db.query('SELECT 1');
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
  return { keptAside };
}
