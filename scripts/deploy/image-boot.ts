import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, posix } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ImageState } from './image-build';
import { asUser, exited, OutputTail, runCaptured } from './processes';
import { operatorScriptCheck, runtimeScriptChecks, writableHome } from './runtime-scripts';
import { isObj, objAt, str } from './shape';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface BootOptions {
  image: ImageState;
  databaseUrl: string;
  redisUrl: string;
  /** The non-root user standing for the image's USER (undefined: already not root). */
  runAs: { uid: number; gid: number } | undefined;
  report: (result: CheckResult) => void;
  onCleanup: (task: () => void) => void;
}

// Generous: the embedded database migrates from zero, and CI machines can be busy.
const BOOT_TIMEOUT_MS = 180_000;
const INIT = /(^|\/)(tini|dumb-init)$/;

/** ENTRYPOINT + CMD, without the init (absent on the host; it only forwards signals to node). */
export function appCommand(image: ImageState): string[] {
  const entry = image.entrypoint ?? [];
  const withoutInit = INIT.test(entry[0] ?? '') ? entry.slice(entry.indexOf('--') + 1 || 1) : entry;
  return [...withoutInit, ...(image.cmd ?? [])];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (isObj(address) && typeof address.port === 'number' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function getJson(url: string): Promise<{ status: number; body: unknown; type: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body, type };
}

const upIn = (body: unknown, key: string): boolean => str(objAt(objAt(body, 'info'), key)?.status) === 'up';

/** One run of the image's command as its user, with the tail of its logs to explain a failure. */
class RunningApp {
  readonly url: string;
  private readonly child: ChildProcess;
  private readonly logs = new OutputTail();

  constructor(command: string[], cwd: string, env: NodeJS.ProcessEnv, port: number, onCleanup: BootOptions['onCleanup']) {
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.logs.attach(this.child);
    onCleanup(() => {
      if (this.running) this.child.kill('SIGKILL');
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  failure(name: string, detail: string): CheckResult {
    return { name, ok: false, detail: `${detail}\n--- app output (tail) ---\n${this.logs.text()}` };
  }

  /** Milliseconds until /api/health answers ok, or undefined when the app died or never answered. */
  async waitLive(): Promise<number | undefined> {
    const started = Date.now();
    while (this.running && Date.now() - started < BOOT_TIMEOUT_MS) {
      const live = await getJson(`${this.url}/api/health`).then(
        (r) => r.status === 200 && isObj(r.body) && r.body.status === 'ok',
        () => false,
      );
      if (live) return Date.now() - started;
      await sleep(300);
    }
    return undefined;
  }

  async readiness(name: string, dependencies: string[]): Promise<CheckResult> {
    const ready = await getJson(`${this.url}/api/health/ready`).catch((e: unknown) => ({ status: 0, body: String(e), type: '' }));
    const ok = ready.status === 200 && dependencies.every((d) => upIn(ready.body, d));
    return ok ? { name, ok } : this.failure(name, `HTTP ${ready.status} ${JSON.stringify(ready.body)}`);
  }

  async stop(name: string, graceMs: number): Promise<CheckResult> {
    this.child.kill('SIGTERM');
    const end = await Promise.race([exited(this.child), sleep(graceMs).then(() => undefined)]);
    if (end?.code === 0) return { name, ok: true };
    return this.failure(name, end ? `exit ${end.code ?? end.signal}` : `still running after ${graceMs} ms`);
  }
}

export async function bootChecks(o: BootOptions): Promise<void> {
  const cwd = join(o.image.root, o.image.workdir);
  const command = asUser(o.runAs, appCommand(o.image));
  const graceMs = Number(o.image.env.SHUTDOWN_TIMEOUT_MS ?? 10_000) + 3_000;
  const envFor = (port: number, extra: Record<string, string>) => ({
    // The image's `node` is the Node this check runs on (its major matches the base image's, checked first).
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    ...o.image.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    ...extra,
  });
  const services = { DATABASE_URL: o.databaseUrl, REDIS_URL: o.redisUrl };
  // What the operator sets (render.yaml asks for them): the rehearsal logs mails instead of sending them.
  const operator = { PUBLIC_URL: 'https://musicroom.example', MAIL_TRANSPORT: 'log' };
  const secret = { JWT_SECRET: randomBytes(48).toString('base64url') };

  const refusals: Array<[string, Record<string, string>]> = [
    ['JWT_SECRET', { ...services, ...operator }],
    ['SMTP_URL', { ...services, ...secret, PUBLIC_URL: operator.PUBLIC_URL }],
  ];
  for (const [variable, extra] of refusals) {
    const refused = await runCaptured(command, { cwd, env: envFor(await freePort(), extra), timeoutMs: 30_000 });
    o.report({
      name: `refuses to start in production without ${variable}, in one line that names it`,
      ok: refused.code === 1 && refused.output.includes(variable) && !/^\s+at /m.test(refused.output),
      detail: `exit ${refused.code ?? refused.signal}: ${refused.output.split('\n').slice(-3).join(' ')}`,
    });
  }

  const port = await freePort();
  const app = new RunningApp(command, cwd, envFor(port, { ...services, ...secret, ...operator }), port, o.onCleanup);
  const bootName = 'boots as a non-root user on PostgreSQL + Redis and answers /api/health';
  const liveMs = await app.waitLive();
  if (liveMs === undefined) return o.report(app.failure(bootName, 'no healthy answer'));
  o.report({ name: bootName, ok: true, detail: `${liveMs} ms` });
  o.report(await app.readiness('/api/health/ready reports database and redis up', ['database', 'redis']));
  await spaCheck(o, cwd, app.url);
  o.report(await bundledAudioCheck(app.url));
  const probe = o.image.healthcheck;
  const runProbe = () => runCaptured(asUser(o.runAs, probe ?? ['false']), { cwd, env: envFor(port, {}), timeoutMs: 10_000 });
  if (probe) {
    const healthy = await runProbe();
    o.report({ name: 'the image HEALTHCHECK passes while the app runs', ok: healthy.code === 0, detail: healthy.output || undefined });
  }
  o.report(await app.stop('drains and exits 0 on SIGTERM', graceMs));
  if (probe) {
    const down = await runProbe();
    o.report({ name: 'the image HEALTHCHECK fails once the app is down', ok: down.code !== 0 && down.code !== null });
  }
  await embeddedChecks(o, command, cwd, graceMs, (p) => envFor(p, { ...secret, ...operator }));
}

/** Without DATABASE_URL the image keeps an embedded database in its data volume: the only place it may write. */
async function embeddedChecks(
  o: BootOptions,
  command: string[],
  cwd: string,
  graceMs: number,
  envFor: (port: number) => Record<string, string>,
): Promise<void> {
  const port = await freePort();
  const app = new RunningApp(command, cwd, envFor(port), port, o.onCleanup);
  const name = 'boots with the embedded database in the data volume (no DATABASE_URL)';
  const liveMs = await app.waitLive();
  if (liveMs === undefined) return o.report(app.failure(name, 'no healthy answer'));
  const dataDir = o.image.env.DATA_DIR ?? './.data';
  const inVolume = existsSync(join(cwd, dataDir, 'pgdata'));
  o.report(inVolume ? { name, ok: true, detail: `${liveMs} ms` } : app.failure(name, `no database under ${dataDir}/pgdata`));
  o.report(await app.readiness('/api/health/ready reports the embedded database up', ['database']));
  const scriptEnv = { ...envFor(port), HOME: writableHome(o.onCleanup) };
  o.report(await operatorScriptCheck(o, cwd, scriptEnv, 'the CLI says "stop the server first" while it runs', ['cli', '--', 'users:verify', 'ops@example.test'], (r) =>
    r.code === 1 && r.output.includes('stop the server first'),
  ));
  o.report(await app.stop('drains and exits 0 on SIGTERM (embedded database)', graceMs));
  await runtimeScriptChecks(o, cwd, scriptEnv);
}

/**
 * The bundled catalogue's audio is generated on first request by a worker thread into AUDIO_CACHE_DIR (by
 * default under the OS temporary directory): as the image's unprivileged user, with the pruned dependencies.
 */
async function bundledAudioCheck(appUrl: string): Promise<CheckResult> {
  const name = 'generates and serves a bundled track\'s audio as the non-root user (worker thread, cache dir)';
  const started = Date.now();
  try {
    const res = await fetch(`${appUrl}/api/music/audio/boxcat-games-defeat.mp3`, { signal: AbortSignal.timeout(BOOT_TIMEOUT_MS) });
    const bytes = (await res.arrayBuffer()).byteLength;
    const type = res.headers.get('content-type') ?? '';
    // 0:36 at 48 kbps: about 216 kB.
    const ok = res.status === 200 && type === 'audio/mpeg' && bytes > 200_000 && bytes < 240_000;
    return { name, ok, detail: `HTTP ${res.status} ${type}, ${bytes} bytes in ${Date.now() - started} ms` };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

async function spaCheck(o: BootOptions, cwd: string, appUrl: string): Promise<void> {
  const dist = posix.join(o.image.env.WEB_DIST_DIR ?? 'client-web/dist', 'index.html');
  if (!existsSync(join(cwd, dist))) {
    o.report({ name: 'serves the web SPA at /', ok: true, detail: `skipped: the image has no ${dist} (no client-web/package.json)` });
    return;
  }
  const page = await getJson(`${appUrl}/`).catch((e: unknown) => ({ status: 0, body: String(e), type: '' }));
  const ok = page.status === 200 && page.type.includes('text/html');
  o.report({ name: 'serves the web SPA at /', ok, detail: `HTTP ${page.status} ${page.type}` });
}
