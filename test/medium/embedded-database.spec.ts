import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, EmbeddedPostgres, openDatabase } from '../../src/infra/database';
import { schema } from '../../src/schema';
import { fillFromSnapshot } from '../support/pglite-snapshot';

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'musicroom-pglite-'));
  tempDirs.push(dir);
  return dir;
};
/** A directory holding a database already (the run's snapshot), for the tests whose subject is the lock. */
const existingDatabase = () => {
  const dir = tempDir();
  fillFromSnapshot(dir);
  return dir;
};

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts another Node process that opens the embedded database in `dir` and keeps it open until killed. */
function holdInOtherProcess(dir: string): Promise<{ stop(): Promise<void> }> {
  const script = `
    const { EmbeddedPostgres } = require(${JSON.stringify(resolve('src/infra/database/embedded-postgres.ts'))});
    EmbeddedPostgres.start({ storage: 'disk', dir: ${JSON.stringify(dir)} }).then(() => console.log('ready'));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    const stop = () => new Promise<void>((done) => child.once('exit', () => done()).kill('SIGKILL'));
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ok({ stop }));
    child.on('exit', (code) => fail(new Error(`holder exited early with ${code}`)));
  });
}

describe('embedded PGlite database on disk', () => {
  it('keeps data across a restart', async () => {
    const dir = tempDir();
    const config = { kind: 'pglite' as const, storage: 'disk' as const, dir, migrateOnBoot: true };
    const first = await openDatabase(config, schema);
    await first.dataSource.query('CREATE TABLE survivor (note text)');
    await first.dataSource.query("INSERT INTO survivor VALUES ('still here')");
    await first.close();

    const second = await openDatabase(config, schema);
    const rows: Array<{ note: string }> = await second.dataSource.query('SELECT note FROM survivor');
    await second.close();
    expect(rows).toEqual([{ note: 'still here' }]);
  });

  it('refuses a second open of the same directory in this process', async () => {
    const dir = existingDatabase();
    const first = await EmbeddedPostgres.start({ storage: 'disk', dir });
    try {
      await expect(EmbeddedPostgres.start({ storage: 'disk', dir })).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await first.stop();
    }
    const again = await EmbeddedPostgres.start({ storage: 'disk', dir });
    await again.stop();
  });

  it('refuses a directory another live process has open, and names that process', async () => {
    const dir = existingDatabase();
    const holder = await holdInOtherProcess(dir);
    try {
      await expect(EmbeddedPostgres.start({ storage: 'disk', dir })).rejects.toThrow(/already open in process \d+/);
    } finally {
      await holder.stop();
    }
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = existingDatabase();
    const holder = await holdInOtherProcess(dir);
    await holder.stop();
    const db = await EmbeddedPostgres.start({ storage: 'disk', dir });
    await db.stop();
  });
});
