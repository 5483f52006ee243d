import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli';
import { failureMessage } from '../../scripts/run-main';
import { backupEmbedded, DataDirLockedError, restoreEmbedded } from '../../src/infra/database';
import { DevOutboxMailer } from '../../src/infra/mail';
import { capturedOutput } from '../support/cli-context';
import { fillFromSnapshot } from '../support/pglite-snapshot';

const rowsOf = async (dir: string): Promise<string[]> => {
  const db = await PGlite.create(dir);
  try {
    return (await db.query<{ note: string }>('SELECT note FROM notes ORDER BY note')).rows.map((r) => r.note);
  } finally {
    await db.close();
  }
};

const exec = async (dir: string, sql: string): Promise<void> => {
  const db = await PGlite.create(dir);
  try {
    await db.exec(sql);
  } finally {
    await db.close();
  }
};

describe('backup and restore of the embedded database', () => {
  const root = mkdtempSync(join(tmpdir(), 'musicroom-backup-'));
  const dir = join(root, 'pgdata');
  const file = join(root, 'backup.tar.gz');

  beforeAll(async () => {
    // The subject is backup and restore, not the creation of a database: start from the run's snapshot.
    fillFromSnapshot(dir);
    await exec(dir, "CREATE TABLE notes (note text); INSERT INTO notes VALUES ('before')");
  });

  it('restores exactly what was backed up, keeping the replaced database aside', async () => {
    expect(await backupEmbedded(dir, file)).toBeGreaterThan(0);
    await exec(dir, "INSERT INTO notes VALUES ('after')");
    expect(await rowsOf(dir)).toEqual(['after', 'before']);

    const { keptAside } = await restoreEmbedded(dir, file);
    expect(await rowsOf(dir)).toEqual(['before']);
    expect(keptAside).not.toBeNull();
    expect(await rowsOf(keptAside ?? '')).toEqual(['after', 'before']);
    expect(existsSync(join(keptAside ?? '', 'musicroom.lock'))).toBe(false);
  });

  it('restores into an empty place', async () => {
    const fresh = join(root, 'fresh');
    expect((await restoreEmbedded(fresh, file)).keptAside).toBeNull();
    expect(await rowsOf(fresh)).toEqual(['before']);
  });

  it('says there is nothing to back up when the directory is empty, and names a missing backup file', async () => {
    await expect(backupEmbedded(join(root, 'nothing'), join(root, 'x.tar.gz'))).rejects.toThrow(/no embedded database/);
    await expect(restoreEmbedded(dir, join(root, 'missing.tar.gz'))).rejects.toThrow(/No backup file/);
  });

  describe('while a server holds the database', () => {
    let server: ChildProcess;
    beforeAll(() => {
      // Any live process of this host stands for the server: the lock names its pid.
      server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      writeFileSync(join(dir, 'musicroom.lock'), JSON.stringify({ pid: server.pid, host: hostname() }));
    });
    afterAll(() => {
      server.kill();
      rmSync(join(dir, 'musicroom.lock'), { force: true });
    });

    it('refuses backup and restore and says to stop the server first', async () => {
      const before = readdirSync(root).sort();
      const refused = await backupEmbedded(dir, join(root, 'other.tar.gz')).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DataDirLockedError);
      expect(failureMessage(refused)).toBe(
        `The embedded database is in use by a running MusicRoom server (process ${server.pid}): stop the server first, then run this command again.`,
      );
      await expect(restoreEmbedded(dir, file)).rejects.toThrow(DataDirLockedError);
      expect(readdirSync(root).sort()).toEqual(before);
    });
  });

  it('is reached through the CLI, which sends PostgreSQL users to pg_dump', async () => {
    const out = capturedOutput();
    const unused = () => Promise.reject(new Error('not used by backup and restore'));
    const ctx = { plans: unused, accounts: unused, mailer: () => new DevOutboxMailer() };
    const mail = { transport: 'dev-outbox' as const, smtpUrl: null, from: 'x@example.test' };
    const embedded = { kind: 'pglite' as const, storage: 'disk' as const, dir, migrateOnBoot: false };
    expect(await runCli(['backup', join(root, 'cli.tar.gz')], { ...ctx, config: { database: embedded, mail } }, out)).toBe(0);
    expect(out.text()).toContain(`Backed up the embedded database in ${dir} to ${join(root, 'cli.tar.gz')}`);
    const postgres = { kind: 'postgres' as const, url: 'postgres://db/x', poolSize: 1, migrateOnBoot: false };
    expect(await runCli(['restore', file], { ...ctx, config: { database: postgres, mail } }, out)).toBe(1);
    expect(out.lines.at(-1)).toContain('pg_dump');
    expect(await runCli(['backup'], { ...ctx, config: { database: embedded, mail } }, out)).toBe(2);
  });
});
