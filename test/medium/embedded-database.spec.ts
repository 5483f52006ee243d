import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { DataDirLockedError, EmbeddedPostgres, openDatabase, runMigrations, type OpenedDatabase } from '../../src/infra/database';
import { loadBundledCatalogue } from '../../src/modules/music';
import { schema } from '../../src/schema';
import { fillFromSnapshot, templateFile } from '../support/pglite-snapshot';

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

const onDisk = async (dir: string, template: string, migrateOnBoot: boolean) =>
  openDatabase({ kind: 'pglite', storage: 'disk', dir, migrateOnBoot, template }, schema);
const appliedMigrations = async (opened: OpenedDatabase) =>
  (await opened.dataSource.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id')).map((m) => m.name);
const catalogueSize = async (opened: OpenedDatabase) =>
  (await opened.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM catalogue_tracks'))[0].n;
const everyMigration = schema.migrations.map((m) => m.name);

describe('a new embedded database on disk, started from the template', () => {
  it('has every migration applied and the bundled catalogue, with no migration left to run', async () => {
    const dir = tempDir();
    const opened = await onDisk(dir, await templateFile(), false);
    try {
      expect(await appliedMigrations(opened)).toEqual(everyMigration);
      expect(await runMigrations(opened.dataSource, { useAdvisoryLock: false })).toEqual([]);
      expect(await catalogueSize(opened)).toBe(loadBundledCatalogue().length);
    } finally {
      await opened.close();
    }
  });

  it('gets the migrations a template older than the code lacks, on boot', async () => {
    const latest = schema.migrations[schema.migrations.length - 1].name;
    const older = join(tempDir(), 'older.tar');
    const full = await openDatabase({ kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot: false, snapshot: new Blob([await readFile(await templateFile())]) }, schema);
    try {
      await full.dataSource.undoLastMigration({ transaction: 'each' });
      expect(await appliedMigrations(full)).not.toContain(latest);
      await writeFile(older, Buffer.from(await (await full.embedded!.dumpDataDir()).arrayBuffer()));
    } finally {
      await full.close();
    }
    const opened = await onDisk(tempDir(), older, true);
    try {
      expect(await appliedMigrations(opened)).toEqual(everyMigration);
      expect(await catalogueSize(opened)).toBe(loadBundledCatalogue().length);
    } finally {
      await opened.close();
    }
  });
});

describe('embedded PGlite database on disk', () => {
  it('keeps data across a restart', async () => {
    const dir = tempDir();
    const config = { kind: 'pglite' as const, storage: 'disk' as const, dir, migrateOnBoot: true, template: await templateFile() };
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
