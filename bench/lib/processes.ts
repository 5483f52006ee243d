import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { ProbeSample } from './server-probe';

/** `BENCH_PIN=0` turns pinning off (another benchmark already pinned to core 1 would share the server's core). */
const canPin = (): boolean => process.env.BENCH_PIN !== '0' && cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0;

/** The load generator on core 0, the servers on the other cores, so they do not steal each other's time. */
export function pinSelfToGeneratorCore(): string {
  if (!canPin()) return process.env.BENCH_PIN === '0' ? 'not pinned (BENCH_PIN=0)' : 'not pinned (taskset missing or one core)';
  spawnSync('taskset', ['-cp', '0', String(process.pid)]);
  return 'generator on core 0, server on core 1';
}

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

export interface ServerProcess {
  url: string;
  /** Set when started with a probe: the server's own view of memory, event loop, GC pauses and handles. */
  sample?: () => Promise<ProbeSample>;
  pid: number;
  startedInMs: number;
  rssBytes(): number;
  /** CPU seconds (user + system) used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS = 100;

/** Servers this benchmark started: none outlives it, even when it is interrupted or fails. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

export function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) * 1024;
}

export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

async function waitHealthy(url: string, child: ChildProcess, path: string, timeoutMs = Number(process.env.BENCH_HEALTH_TIMEOUT_MS ?? 60_000)): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(url + path);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server at ${url} not healthy within ${timeoutMs} ms`);
}

/** Preloaded by `probe: true` (its own module: imported here it would run in the benchmark). */
const SERVER_PROBE = join(__dirname, 'server-probe.js');

/** Starts `node <script>` (pinned to core 1 when possible) and waits until `healthPath` answers 200. */
export async function startServer(script: string, env: Record<string, string>, options: { probe?: boolean; nodeFlags?: string[] } = {}): Promise<ServerProcess> {
  const healthPath = '/api/health';
  const port = await freePort();
  const preload = options.probe ? ['--require', SERVER_PROBE] : [];
  const args = [...(options.nodeFlags ?? []), ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...preload, script];
  const [command, argv] = canPin() ? ['taskset', ['-c', '1', process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, argv, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', process.env.BENCH_SERVER_LOGS ? 'inherit' : 'ignore', ...(options.probe ? (['ipc'] as const) : [])],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, healthPath);
  const startedInMs = performance.now() - started;
  // taskset execs node, so the pid is node's own.
  const pid = child.pid;
  if (pid === undefined) throw new Error('server did not start');
  const sample = options.probe
    ? () =>
        new Promise<ProbeSample>((resolve) => {
          child.once('message', (message) => resolve(message as ProbeSample));
          child.send('sample');
        })
    : undefined;
  return {
    url,
    pid,
    sample,
    startedInMs,
    rssBytes: () => rssOf(pid),
    cpuSeconds: () => cpuSecondsOf(pid),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
