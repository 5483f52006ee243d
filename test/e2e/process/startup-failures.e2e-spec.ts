import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, populatedDataDir, repoRoot, runToEnd } from '../../support/server-process';

const listening = (): Promise<Server> =>
  new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => done(server));
  });
const portOf = (server: Server) => (server.address() as AddressInfo).port;
const stackLine = /^\s+at /m;

/** The failures an operator meets at boot: each is one line naming what to fix, and the process exits 1. */
describe('startup failures of the compiled server', () => {
  // As npm start runs it.
  const start = (env: Record<string, string>) => runToEnd(['node', '--liftoff-only', 'dist/src/main.js'], repoRoot, cleanEnv({ HOST: '127.0.0.1', ...env }));
  const dataDir = () => mkdtempSync(join(tmpdir(), 'musicroom-fail-'));

  beforeAll(() => ensureBuilt(), 120_000);

  it('names DATABASE_URL, with its password masked, when the database cannot be reached', async () => {
    const closed = await listening();
    const port = portOf(closed);
    await new Promise((r) => closed.close(r));
    const url = `postgres://musicroom:s3cret-pw@127.0.0.1:${port}/musicroom`;
    const run = await start({ DATABASE_URL: url, DATA_DIR: dataDir(), PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Cannot connect to the database at DATABASE_URL=postgres://musicroom:\\*\\*\\*@127\\.0\\.0\\.1:${port}/musicroom: .*ECONNREFUSED`)),
    ]);
    expect(run.output).not.toContain('s3cret-pw');
  }, 60_000);

  describe('with the data directory held by another server', () => {
    let holder: ChildProcess;
    let dir: string;
    beforeAll(() => {
      dir = dataDir();
      mkdirSync(join(dir, 'pgdata'));
      holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
      writeFileSync(join(dir, 'pgdata', 'musicroom.lock'), JSON.stringify({ pid: holder.pid, host: hostname() }));
    });
    afterAll(() => holder.kill());

    it('says which process holds it, in one line without a stack trace', async () => {
      const run = await start({ DATA_DIR: dir, PORT: '0' });
      expect(run.code).toBe(1);
      expect(run.output.trim().split('\n')).toEqual([expect.stringContaining(`is already open in process ${holder.pid}`)]);
      expect(run.output).not.toMatch(stackLine);
    }, 60_000);
  });

  describe('with the port taken', () => {
    let taken: Server;
    beforeAll(async () => {
      taken = await listening();
    });
    afterAll(() => new Promise((r) => taken.close(r)));

    it('names PORT in one line, never claims to have started, and releases the database', async () => {
      const dir = populatedDataDir();
      const port = portOf(taken);
      const run = await start({ DATA_DIR: dir, PORT: String(port), NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PUBLIC_URL: 'https://x.example', MAIL_TRANSPORT: 'log' });
      expect(run.code).toBe(1);
      const lines = run.output.trim().split('\n');
      const message = `Port ${port} on 127.0.0.1 is already in use (PORT=${port}): stop the other server or set PORT to a free port.`;
      // Production logs are JSON lines; the failure is the one plain line.
      expect(lines.filter((l) => !l.startsWith('{'))).toEqual([message]);
      expect(run.output).not.toMatch(/successfully started|listening on/);
      expect(run.output).not.toMatch(stackLine);
      expect(existsSync(join(dir, 'pgdata', 'musicroom.lock'))).toBe(false);
    }, 120_000);
  });
});
