import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, eventually, portOpen, runToEnd, Running, runtimeLayout } from '../../support/server-process';

const READY = /MusicRoom listening on http:\/\/localhost:(\d+) — database: (.+?); realtime: (in-process|Redis)/;
const BOOT_MS = 120_000;

/**
 * `npm start` and the operator scripts as an operator runs them: in a layout without any compiler, with a
 * `.env` beside package.json, stopped by a signal sent to npm itself.
 */
describe('npm start and the operator scripts, in a layout without a compiler', () => {
  let dir: string;
  let dataDir: string;
  const npm = (args: string[], extra: Record<string, string> = {}) => runToEnd(['npm', 'run', '--silent', ...args], dir, cleanEnv(extra));

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = join(tmpdir(), `musicroom-env-data-${process.pid}-${Date.now()}`);
    dir = runtimeLayout({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
  }, BOOT_MS);

  it('has no compiler to fall back on', () => {
    expect(existsSync(join(dir, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/.bin/tsc'))).toBe(false);
  });

  it('migration:show finds a new database, read from .env, already migrated: it starts from the built template', async () => {
    const shown = await npm(['migration:show']);
    expect(shown.code).toBe(0);
    expect(shown.output).toMatch(/^Applied \([1-9]\d*\):\n {2}CreateUsers\d{13}\n[\s\S]*Pending \(0\): none\n$/);
  }, BOOT_MS);

  describe('a development server started with npm start', () => {
    let server: Running;
    let port: number;
    const lockFile = () => join(dataDir, 'pgdata', 'musicroom.lock');

    beforeAll(async () => {
      server = new Running(['npm', 'start', '--silent'], dir, cleanEnv());
      port = Number((await server.waitFor(READY, BOOT_MS))[1]);
    }, BOOT_MS);
    afterAll(() => server.kill());

    it('prints one ready line naming the address, the database from .env and the realtime adapter, after a short boot', async () => {
      const lines = server.lines;
      const ready = lines.findIndex((l) => READY.test(l));
      expect(lines.filter((l) => READY.test(l))).toHaveLength(1);
      expect(READY.exec(lines[ready])?.slice(2)).toEqual([`embedded PGlite (${dataDir})`, 'in-process']);
      expect(ready + 1).toBeLessThanOrEqual(10);
      expect(lines[ready]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO \(\d+\): /);
      expect(server.output).not.toContain('Mapped {');
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    });

    it('answers an unknown /api path with the JSON error contract', async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/no-such-thing`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: expect.any(String) });
    });

    it('makes the operator scripts say "stop the server first"', async () => {
      for (const args of [['cli', '--', 'users:verify', 'someone@example.test'], ['migration:show']]) {
        const refused = await npm(args);
        expect(refused.code).toBe(1);
        expect(refused.output.trim()).toMatch(/^The embedded database is in use by a running MusicRoom server \(process \d+\): stop the server first/);
      }
    }, BOOT_MS);

    it('stops when npm gets SIGTERM: port free and database lock released within 10 s, shutdown lines with time and pid', async () => {
      expect(existsSync(lockFile())).toBe(true);
      server.child.kill('SIGTERM');
      expect(await eventually(async () => !(await portOpen(port)) && !existsSync(lockFile()), 10_000)).toBe(true);
      expect(await server.exited(10_000)).not.toBe('running');
      const shutdown = server.lines.filter((l) => l.includes('[Shutdown]'));
      expect(shutdown.length).toBeGreaterThanOrEqual(2);
      for (const line of shutdown) expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO \(\d+\): \[Shutdown\] /);
    }, 30_000);
  });

  it('migration:show then lists every migration as applied', async () => {
    const shown = await npm(['migration:show']);
    expect(shown.code).toBe(0);
    expect(shown.output).toMatch(/^Applied \([1-9]\d*\):\n {2}CreateUsers\d{13}\n[\s\S]*Pending \(0\): none\n$/);
  }, BOOT_MS);

  describe('a production server started with npm start', () => {
    let server: Running;
    let port: number;
    const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PUBLIC_URL: 'https://musicroom.example', MAIL_TRANSPORT: 'log' };

    beforeAll(async () => {
      server = new Running(['npm', 'start', '--silent'], dir, cleanEnv(production));
      port = Number((await server.waitFor(READY, BOOT_MS))[1]);
    }, BOOT_MS);
    afterAll(() => server.kill());

    it('logs JSON lines only, each with its time and pid, the ready line included', () => {
      const records = server.lines.map((l) => JSON.parse(l) as { time: number; pid: number; msg: string });
      for (const record of records) expect(record).toMatchObject({ time: expect.any(Number), pid: expect.any(Number) });
      expect(records.filter((r) => READY.test(r.msg))).toHaveLength(1);
    });

    it('stops when npm gets SIGINT, like Ctrl+C: port free and lock released within 10 s', async () => {
      server.child.kill('SIGINT');
      expect(await eventually(async () => !(await portOpen(port)) && !existsSync(join(dataDir, 'pgdata', 'musicroom.lock')), 10_000)).toBe(true);
      expect(await server.exited(10_000)).not.toBe('running');
      const shutdown = server.lines.map((l) => JSON.parse(l) as { time?: number; pid?: number; context?: string }).filter((r) => r.context === 'Shutdown');
      expect(shutdown.length).toBeGreaterThanOrEqual(2);
      for (const record of shutdown) expect(record).toMatchObject({ time: expect.any(Number), pid: expect.any(Number) });
    }, 30_000);
  });
});
