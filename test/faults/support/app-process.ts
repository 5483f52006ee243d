import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { mailbox } from '../../../bench/lib/mailbox';

/** The built server, as production runs it. `npm run build` must have run (test:faults does it). */
const MAIN = join(process.cwd(), 'dist', 'src', 'main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Settings every faults test shares: development mode, no throttling, one JWT secret across restarts. Mail goes over
 * SMTP to the benchmarks' relay, which `BenchApi.signUp` reads, unless a test sets its own `SMTP_URL`.
 */
export const baseEnv = (): Record<string, string> => ({
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  JWT_SECRET: randomBytes(32).toString('hex'),
  RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_AUTH_PER_MINUTE: '0',
  EVENT_VOTES_PER_MINUTE: '0',
});

export interface AppProcess {
  url: string;
  port: number;
  pid: number;
  /** What the process printed, for the assertion message when something goes wrong. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Starts the server on `port` (a free one by default) and resolves once `/api/health` answers. */
export async function startApp(env: Record<string, string>, port?: number): Promise<AppProcess> {
  const listenPort = port ?? (await freePort());
  const smtpUrl = env.SMTP_URL ?? (await mailbox.url());
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, SMTP_URL: smtpUrl, PORT: String(listenPort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy in 60 s:\n${output}`);
    }
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port: listenPort,
    pid: child.pid ?? 0,
    output: () => output,
    exited,
    kill: (signal) => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
