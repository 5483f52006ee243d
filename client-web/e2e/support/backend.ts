import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** A port the OS just handed out (bound to 0, then released), so parallel runs never collide. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 300_000; // generous: a loaded 2-core machine boots it slowly (178 s seen at a load of 14)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The backend exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(`${url}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The backend did not become ready:\n${log()}`);
}

export interface Backend {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The real server as `npm start` runs it (built server + built SPA), on a fresh in-memory embedded database,
 * with the dev outbox for mails and billing in test mode (no payment provider configured). `env` adds settings
 * (the e2e suite points Google and 42 at the fake OAuth provider).
 */
export async function startBackend(env: Record<string, string> = {}): Promise<Backend> {
  const main = join(repoRoot, 'dist/src/main.js');
  const spa = join(repoRoot, 'client-web/dist/index.html');
  if (!existsSync(main) || !existsSync(spa)) throw new Error('Build first: `npm run build` at the repository root (server and web client).');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'musicroom-web-e2e-'));
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_EMBEDDED: 'memory',
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_AUTH_PER_MINUTE: '200',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    // Never leave a half-started server behind (it would keep its port and its CPU on a shared machine).
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
