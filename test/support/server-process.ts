import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fillFromSnapshot } from './pglite-snapshot';

export const repoRoot = resolve(__dirname, '../..');

const newestMtime = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);

/** When dist/ was last compiled: the incremental build rewrites its build info each time, main.js only when affected. */
const builtAt = (): number => {
  try {
    return Math.max(...['dist/src/main.js', 'dist/.tsbuildinfo.build'].map((file) => statSync(join(repoRoot, file)).mtimeMs));
  } catch {
    return 0;
  }
};
const isStale = (): boolean => Math.max(...['src', 'scripts', 'migrations'].map((d) => newestMtime(join(repoRoot, d)))) > builtAt();

/** Held by the test process that compiles; it names that process, so a lock left by a killed run is taken over. */
const BUILD_LOCK = join(repoRoot, 'node_modules/.cache/musicroom-test-build.lock');

function takeBuildLock(): boolean {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  try {
    writeFileSync(BUILD_LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const holder = Number(readFileSync(BUILD_LOCK, 'utf8')) || 0;
    if (holder > 0 && isAlive(holder)) return false;
    rmSync(BUILD_LOCK, { force: true });
    return takeBuildLock();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * These tests run the compiled server, as `npm start` does: compile first when a source is newer than dist/
 * (and rebuild the embedded template when the migrations or the catalogue changed).
 * Test files running at the same time compile once: one of them builds, the others wait for its dist/.
 */
export async function ensureBuilt(): Promise<void> {
  while (isStale()) {
    if (takeBuildLock()) {
      try {
        if (isStale()) {
          execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
          // The API documents the server serves at /api/docs, as build:server copies them.
          for (const name of ['openapi.json', 'asyncapi.json']) copyFileSync(join(repoRoot, name), join(repoRoot, 'dist', name));
          execFileSync(process.execPath, ['--liftoff-only', join(repoRoot, 'dist/scripts/embedded-template.js')], { cwd: repoRoot, stdio: 'inherit' });
        }
      } finally {
        rmSync(BUILD_LOCK, { force: true });
      }
      return;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * A data directory that already holds a migrated and seeded embedded database (the run's snapshot), for tests
 * whose subject is not the first boot; an empty one on a run without a snapshot.
 */
export function populatedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'musicroom-data-'));
  fillFromSnapshot(join(dir, 'pgdata'));
  return dir;
}

/** Packages only a developer has: the runtime image has none of them. */
const COMPILERS = new Set(['typescript', 'tsx', '@swc', 'ts-node', 'esbuild', '@esbuild', '.bin']);

/**
 * A directory laid out like the runtime image: package.json, dist/ and node_modules without any compiler;
 * its node_modules/.bin holds only the project's Node. `npm start` and the operator scripts run in it.
 */
export function runtimeLayout(dotEnv: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'musicroom-runtime-'));
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  // A copy, not a link: Node resolves packages from a module's real path, which must be in this layout.
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules')).filter((n) => !COMPILERS.has(n))) {
    symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name));
  }
  symlinkSync(process.execPath, join(modules, '.bin', 'node'));
  writeFileSync(join(dir, '.env'), Object.entries(dotEnv).map(([k, v]) => `${k}=${v}\n`).join(''));
  return dir;
}

/** The environment of a shell with nothing of the test runner's own settings (NODE_ENV=test, ports, dirs). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = /^(PATH|HOME|TMPDIR|LANG|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|npm_config_(cache|globalconfig|userconfig|cafile))$/;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => keep.test(k)));
  return { ...env, npm_config_update_notifier: 'false', ...extra };
}

/** A process whose output is kept, with waits that poll instead of sleeping. */
export class Running {
  output = '';
  readonly child: ChildProcess;
  private readonly exit: Promise<number | null>;

  constructor(command: string[], cwd: string, env: NodeJS.ProcessEnv) {
    // Its own process group: kill() also ends what it started (npm → node), even when a test failed midway.
    this.child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    this.child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
    this.exit = new Promise((done) => this.child.once('exit', (code) => done(code)));
  }

  get lines(): string[] {
    return this.output.split('\n').filter((l) => l.trim() !== '');
  }

  async waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.output);
      if (match) return match;
      if (this.child.exitCode !== null || Date.now() > deadline) throw new Error(`no ${String(pattern)} in:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The exit code, or 'running' when it has not exited within timeoutMs. */
  exited(timeoutMs: number): Promise<number | null | 'running'> {
    return Promise.race([this.exit, new Promise<'running'>((r) => setTimeout(() => r('running'), timeoutMs).unref())]);
  }

  kill(): void {
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // The whole group is gone already.
    }
  }
}

/** Runs a command to its end and returns its exit code and output. */
export async function runToEnd(command: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<{ code: number | null; output: string }> {
  const run = new Running(command, cwd, env);
  const code = await run.exited(timeoutMs);
  if (code === 'running') {
    run.kill();
    throw new Error(`${command.join(' ')} still running after ${timeoutMs} ms:\n${run.output}`);
  }
  return { code, output: run.output };
}

/** Whether something accepts TCP connections on the port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Polls `condition` until it holds or timeoutMs passes; returns whether it held. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}
