import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  /** The live process that holds the directory, when another one does. */
  readonly ownerPid: number | null;

  constructor(message: string, ownerPid: number | null = null) {
    super(message);
    this.ownerPid = ownerPid;
  }
}

/** Directories this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

interface LockOwner {
  pid: number;
  host: string;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite has no lock of its own: two processes on one directory diverge silently. This takes an exclusive
 * lock file, taking over only a lock whose owner process is gone.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(realpathSync(dir), 'musicroom.lock');
  if (heldHere.has(file)) {
    throw new DataDirLockedError(`The embedded database in ${dir} is already open in this process.`);
  }
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeFileSync(fd, JSON.stringify(me));
      closeSync(fd);
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      // A lock left by this very pid is stale (a container restarted with the same pid 1).
      if (owner && owner.pid !== process.pid && owner.host === me.host && isAlive(owner.pid)) {
        throw new DataDirLockedError(
          `The embedded database in ${dir} is already open in process ${owner.pid}. ` +
            'Stop that process, use another DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
          owner.pid,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${dir}: another process keeps taking the lock.`);
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : null;
  } catch {
    return null;
  }
}
