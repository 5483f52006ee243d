import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { BenchApi } from './api-client';
import { mailbox } from './mailbox';
import { startServer, type ServerProcess } from './processes';

export type TargetKind = 'baseline' | 'embedded' | 'services';

export interface BenchOptions {
  postgresUrl?: string;
  redisUrl?: string;
}

export interface Target {
  kind: TargetKind;
  label: string;
  server: ServerProcess;
  /** Another instance of the same deployment (same database and Redis); stopped with the target. */
  addInstance(): Promise<ServerProcess>;
  stop(): Promise<void>;
}

/** Limits that would throttle a load test by design (per-user vote bucket, per-IP sign-up limit) are off. */
const UNTHROTTLED = {
  RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_AUTH_PER_MINUTE: '0',
  EVENT_VOTES_PER_MINUTE: '0',
  LOGIN_MAX_FAILURES_PER_IP: '0',
  SOCKETS_PER_USER: '1000',
};

export const targetLabel: Record<TargetKind, string> = {
  baseline: 'bare Socket.IO',
  embedded: 'MusicRoom, embedded (PGlite on disk, in-process adapter)',
  services: 'MusicRoom, PostgreSQL + Redis',
};

/** The Node flags `npm start` runs the server with (package.json), so a benchmark runs it the same way. */
function npmStartFlags(): string[] {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.split(' ').filter((word) => word.startsWith('--'));
}

async function withAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Starts one target on a fresh database. `extraEnv` lets a scenario tune it (log level, instance count). */
export async function startTarget(kind: TargetKind, options: BenchOptions, extraEnv: Record<string, string> = {}, serverOptions: { probe?: boolean } = {}): Promise<Target> {
  if (kind === 'baseline') {
    const server = await startServer('dist/bench/baseline/server.js', extraEnv, serverOptions);
    const addInstance = () => Promise.reject(new Error('the baseline is one process'));
    return { kind, label: targetLabel[kind], server, addInstance, stop: () => server.stop() };
  }
  // As a deployment runs it (the Dockerfile's NODE_ENV=production: JSON logs, mail over SMTP), with the relay here.
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'http://127.0.0.1',
    SMTP_URL: await mailbox.url(),
    ...UNTHROTTLED,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...extraEnv,
  };
  let cleanup = (): Promise<void> => Promise.resolve();
  if (kind === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'musicroom-bench-'));
    Object.assign(env, { DATABASE_EMBEDDED: 'disk', DATA_DIR: dir });
    cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  } else {
    const { postgresUrl, redisUrl } = options;
    if (!postgresUrl || !redisUrl) throw new Error('the services target needs --postgres <url> and --redis <url>');
    const name = `musicroom_bench_${randomBytes(4).toString('hex')}`;
    await withAdmin(postgresUrl, `CREATE DATABASE ${name}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    Object.assign(env, { DATABASE_URL: url.toString(), REDIS_URL: redisUrl });
    cleanup = () => withAdmin(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const nodeFlags = npmStartFlags();
  const server = await startServer('dist/src/main.js', env, { ...serverOptions, nodeFlags });
  const others: ServerProcess[] = [];
  return {
    kind,
    label: targetLabel[kind],
    server,
    addInstance: async () => {
      if (kind !== 'services') throw new Error('only the services target runs several instances (PGlite is one process)');
      const another = await startServer('dist/src/main.js', env, { nodeFlags });
      others.push(another);
      return another;
    },
    stop: async () => {
      await Promise.all([server, ...others].map((s) => s.stop()));
      await cleanup();
    },
  };
}

export interface BenchRoom {
  eventId: string;
  entryIds: string[];
}

export interface VotingSetup {
  rooms: BenchRoom[];
  voterTokens: string[];
  listenerTokens: string[];
}

const BUNDLED_SLUGS = [
  'kevin-macleod-monkeys-spinning-monkeys',
  'kevin-macleod-sneaky-snitch',
  'kevin-macleod-fluffing-a-duck',
  'kevin-macleod-local-forecast-elevator',
  'kevin-macleod-carefree',
];

/** Public events, each with a few proposed tracks, plus voters who joined them and listener accounts. */
export async function prepareVoting(target: Target, rooms: number, voters: number, listenerAccounts: number): Promise<VotingSetup> {
  if (target.kind === 'baseline') {
    const fake = (n: number) => Array.from({ length: n }, () => randomUUID());
    return {
      rooms: Array.from({ length: rooms }, () => ({ eventId: randomUUID(), entryIds: fake(BUNDLED_SLUGS.length) })),
      voterTokens: fake(voters),
      listenerTokens: fake(listenerAccounts),
    };
  }
  const api = new BenchApi(target.server.url);
  const [owner] = await api.signUpMany('owner', 1);
  const voterSessions = await api.signUpMany('voter', voters);
  const listenerSessions = await api.signUpMany('listener', listenerAccounts);
  const slugs = await bundledSlugs(api, owner.accessToken);
  const benchRooms: BenchRoom[] = [];
  for (let r = 0; r < rooms; r++) {
    const event = await api.expectOk<{ id: string }>('POST', '/api/events', owner.accessToken, { name: `Bench room ${r}`, visibility: 'public', voteLicense: 'everyone' });
    const entryIds: string[] = [];
    for (const s of [...voterSessions, ...listenerSessions]) await api.expectOk('POST', `/api/events/${event.id}/join`, s.accessToken);
    for (const [i, slug] of slugs.entries()) {
      // A person may have only a few tracks waiting, so the proposals come from several voters.
      const proposer = voterSessions[i % voterSessions.length];
      const entry = await api.expectOk<{ id: string }>('POST', `/api/events/${event.id}/tracks`, proposer.accessToken, { provider: 'bundled', providerTrackId: slug });
      entryIds.push(entry.id);
    }
    benchRooms.push({ eventId: event.id, entryIds });
  }
  return { rooms: benchRooms, voterTokens: voterSessions.map((s) => s.accessToken), listenerTokens: listenerSessions.map((s) => s.accessToken) };
}

async function bundledSlugs(api: BenchApi, token: string): Promise<string[]> {
  const { items } = await api.expectOk<{ items: { providerTrackId: string }[] }>('GET', '/api/music/search?q=a&provider=bundled&limit=20', token);
  const found = items.map((t) => t.providerTrackId);
  return found.length >= 5 ? found.slice(0, 5) : BUNDLED_SLUGS;
}
