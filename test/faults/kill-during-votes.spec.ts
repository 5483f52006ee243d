import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { baseEnv, startApp, type AppProcess } from './support/app-process';
import { scratchDatabase } from './support/postgres';
import { checkVotes, VoteBurst, votingRoom } from './support/vote-burst';

/**
 * `kill -9` in the middle of a burst of votes: after a restart every vote that was answered 200 is there, and
 * every score equals its votes. On PostgreSQL, and on the embedded PGlite on disk (its durability settings).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function crashDuringBurst(env: Record<string, string>): Promise<void> {
  let app: AppProcess = await startApp(env);
  cleanups.push(() => void app.kill('SIGKILL'));
  const api = new BenchApi(app.url);
  const room = await votingRoom(api, 12);
  const burst = new VoteBurst(() => app.url, room).start();
  while (burst.acknowledged < 150) await new Promise((r) => setTimeout(r, 10));
  await app.kill('SIGKILL');
  const acknowledgedBeforeCrash = burst.acknowledged;
  await burst.stop();
  app = await startApp(env, app.port);
  const problems = await checkVotes(new BenchApi(app.url), room, burst);
  expect(acknowledgedBeforeCrash).toBeGreaterThanOrEqual(150);
  expect(problems, app.output()).toEqual([]);
}

describe('kill -9 during a vote burst', () => {
  it('loses no acknowledged vote on PostgreSQL', async () => {
    const db = await scratchDatabase();
    cleanups.push(() => db.drop());
    await crashDuringBurst({ ...baseEnv(), DATABASE_URL: db.url() });
  });

  it('loses no acknowledged vote on the embedded PGlite on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'musicroom-kill-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await crashDuringBurst({ ...baseEnv(), DATABASE_EMBEDDED: 'disk', DATA_DIR: dir });
  });
});
