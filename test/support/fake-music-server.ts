import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { EnvSource } from '../../src/config';

export type FakeProvider = 'deezer' | 'youtube' | 'jamendo' | 'itunes';

/** A scripted answer, used instead of the fixtures: `hang` never answers (a timeout, seen from the client). */
export type ScriptedAnswer = 'hang' | { status: number; body?: unknown; headers?: Record<string, string> };

export interface RecordedRequest {
  provider: FakeProvider;
  path: string;
  query: URLSearchParams;
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'music');
export const fixture = (provider: FakeProvider, name: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8')) as unknown;

export const FAKE_KEYS = { youtubeKey: 'test-youtube-key', jamendoClientId: 'test-jamendo-client' } as const;

interface Answer {
  status: number;
  body: unknown;
  contentType?: string;
}

/**
 * Deezer, YouTube Data API v3, Jamendo v3 and iTunes Search on one local port, answering from the recorded
 * fixtures in test/fixtures/music the way each API does (errors in 200 bodies for Deezer and Jamendo, ids
 * filtered for lookups, text/javascript for iTunes). Counts every request; answers can be scripted per provider.
 */
export class FakeMusicServer {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<FakeProvider, ScriptedAnswer[]>();
  private readonly stuck = new Set<FakeProvider>();
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeMusicServer> {
    const holder: { instance?: FakeMusicServer } = {};
    const server = createServer((req, res) => holder.instance?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.instance = new FakeMusicServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.instance;
  }

  /** Configuration that points every remote provider at this server. */
  env(): EnvSource {
    return {
      DEEZER_ENABLED: 'true',
      DEEZER_API_URL: `${this.url}/deezer`,
      YOUTUBE_API_KEY: FAKE_KEYS.youtubeKey,
      YOUTUBE_API_URL: `${this.url}/youtube/v3`,
      JAMENDO_CLIENT_ID: FAKE_KEYS.jamendoClientId,
      JAMENDO_API_URL: `${this.url}/jamendo/v3.0`,
      ITUNES_ENABLED: 'true',
      ITUNES_API_URL: `${this.url}/itunes`,
    };
  }

  count(provider: FakeProvider, pathEnd?: string): number {
    return this.requests.filter((r) => r.provider === provider && (!pathEnd || r.path.endsWith(pathEnd))).length;
  }

  /** The next answers of this provider, in order, before it goes back to the fixtures. */
  script(provider: FakeProvider, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(provider, [...(this.scripts.get(provider) ?? []), ...answers]);
  }

  /** Every request to this provider hangs until `recover`. */
  hang(provider: FakeProvider): void {
    this.stuck.add(provider);
  }

  recover(provider: FakeProvider): void {
    this.stuck.delete(provider);
    this.scripts.delete(provider);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const [, provider, ...rest] = url.pathname.split('/');
    if (!isProvider(provider)) {
      this.send(res, { status: 404, body: { error: 'unknown fake provider' } });
      return;
    }
    // The API version is part of each base URL (…/youtube/v3, …/jamendo/v3.0): routes are matched below it.
    const path = `/${rest.join('/').replace(/^v\d+(\.\d+)?\//, '')}`;
    this.requests.push({ provider, path, query: url.searchParams });
    const scripted = this.scripts.get(provider)?.shift();
    if (scripted === 'hang' || (!scripted && this.stuck.has(provider))) {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (scripted) {
      this.send(res, { status: scripted.status, body: scripted.body ?? {} }, scripted.headers);
      return;
    }
    this.send(res, answer(provider, path, url.searchParams));
  }

  private send(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
    res.writeHead(answer.status, { 'Content-Type': answer.contentType ?? 'application/json; charset=utf-8', ...headers });
    res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  }
}

const isProvider = (value: string | undefined): value is FakeProvider =>
  value === 'deezer' || value === 'youtube' || value === 'jamendo' || value === 'itunes';

type Items = { items: Array<{ id: string }> };
type Results<T> = { headers?: Record<string, unknown>; resultCount?: number; results: T[] };

function answer(provider: FakeProvider, path: string, query: URLSearchParams): Answer {
  switch (provider) {
    case 'deezer':
      return deezer(path);
    case 'youtube':
      return youtube(path, query);
    case 'jamendo':
      return jamendo(path, query);
    case 'itunes':
      return itunes(path, query);
  }
}

/** Deezer signs preview URLs at request time: the recorded `exp` is moved 15 minutes into the future. */
const freshlySigned = (body: unknown): unknown =>
  JSON.parse(JSON.stringify(body).replace(/hdnea=exp=\d+/g, `hdnea=exp=${Math.floor(Date.now() / 1000) + 900}`));

function deezer(path: string): Answer {
  if (path === '/search') return { status: 200, body: freshlySigned(fixture('deezer', 'search')) };
  const track = /^\/track\/(\d+)$/.exec(path);
  if (track) {
    try {
      return { status: 200, body: freshlySigned(fixture('deezer', `track-${track[1]}`)) };
    } catch {
      return { status: 200, body: fixture('deezer', 'error-data-not-found') };
    }
  }
  return { status: 200, body: { error: { type: 'DataException', message: 'no data', code: 800 } } };
}

function youtube(path: string, query: URLSearchParams): Answer {
  if (query.get('key') !== FAKE_KEYS.youtubeKey) {
    return { status: 400, body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', errors: [{ reason: 'badRequest' }] } } };
  }
  if (path === '/search') return { status: 200, body: fixture('youtube', 'search') };
  if (path === '/videos') {
    const ids = (query.get('id') ?? '').split(',');
    const all = fixture('youtube', 'videos') as Items;
    const items = all.items.filter((item) => ids.includes(item.id));
    return { status: 200, body: { ...all, items, pageInfo: { totalResults: items.length, resultsPerPage: items.length } } };
  }
  return { status: 404, body: { error: { code: 404, message: 'Not Found' } } };
}

function jamendo(path: string, query: URLSearchParams): Answer {
  if (query.get('client_id') !== FAKE_KEYS.jamendoClientId) return { status: 200, body: fixture('jamendo', 'error-invalid-client') };
  if (path !== '/tracks/') return { status: 404, body: 'Not Found', contentType: 'text/html' };
  const all = fixture('jamendo', 'tracks') as Results<{ id: string }>;
  const id = query.get('id');
  const results = id ? all.results.filter((track) => track.id === id) : all.results;
  return { status: 200, body: { ...all, headers: { ...all.headers, results_count: results.length }, results } };
}

function itunes(path: string, query: URLSearchParams): Answer {
  const contentType = 'text/javascript; charset=utf-8';
  if (path === '/search') return { status: 200, body: fixture('itunes', 'search'), contentType };
  if (path === '/lookup') {
    const all = fixture('itunes', 'lookup') as Results<{ trackId: number }>;
    const results = all.results.filter((r) => String(r.trackId) === query.get('id'));
    return { status: 200, body: { resultCount: results.length, results }, contentType };
  }
  return { status: 404, body: 'Not Found', contentType: 'text/html' };
}
