import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Clock } from '../../common/time/clock';
import { HttpClient, parseRetryAfter, type HttpClientOptions } from './http-client';
import { UpstreamError } from './upstream-error';

type Reply = (res: ServerResponse) => void;
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (res) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

describe('HttpClient', () => {
  let server: Server;
  let base: string;
  let replies: Reply[] = [];
  let hits = 0;
  let slept: number[] = [];
  const instantClock = new (class extends Clock {
    override sleep(ms: number) {
      slept.push(ms);
      return Promise.resolve();
    }
  })();
  const client = (options: Partial<HttpClientOptions> = {}) =>
    new HttpClient({ name: 'test', timeoutMs: 5_000, clock: instantClock, random: () => 0.5, ...options });
  const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as UpstreamError);

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      const reply = replies.shift();
      if (reply) reply(res);
      else json(200, { ok: true })(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    replies = [];
    hits = 0;
    slept = [];
  });

  it('retries a 5xx with jittered backoff and returns the answer that follows', async () => {
    replies = [json(503, { error: 'busy' }), json(502, {}), json(200, { value: 42 })];
    expect(await client().getJson(`${base}/x`)).toEqual({ value: 42 });
    expect(hits).toBe(3);
    expect(slept).toEqual([100, 200]);
  });

  it('gives up after the configured retries', async () => {
    replies = [json(500, {}), json(500, {}), json(500, {})];
    const error = await failure(client({ retries: 2 }).getJson(`${base}/x`));
    expect(error).toMatchObject({ failure: 'status', status: 500 });
    expect(hits).toBe(3);
  });

  it('waits a short Retry-After on 429, and fails at once with a long one', async () => {
    replies = [json(429, {}, { 'Retry-After': '1' }), json(200, { ok: 1 })];
    expect(await client().getJson(`${base}/x`)).toEqual({ ok: 1 });
    expect(slept).toEqual([1_000]);

    replies = [json(429, {}, { 'Retry-After': '120' })];
    hits = 0;
    const error = await failure(client().getJson(`${base}/x`));
    expect(error).toMatchObject({ failure: 'rate_limited', retryAfterMs: 120_000 });
    expect(hits).toBe(1);
  });

  it('times out a slow answer and does not retry it', async () => {
    // The answer would come long after the test's own time limit: only the client's timeout can end it.
    replies = [(res) => setTimeout(() => json(200, {})(res), 60_000).unref()];
    const error = await failure(client({ timeoutMs: 100 }).getJson(`${base}/slow`));
    expect(error).toMatchObject({ failure: 'timeout' });
    expect(hits).toBe(1);
  });

  it('answers null for a 404 when asked to, and does not retry client errors', async () => {
    replies = [json(404, { error: 'nope' })];
    expect(await client().getJson(`${base}/x`, { notFoundAsNull: true })).toBeNull();
    replies = [json(400, { error: { message: 'bad' } })];
    const error = await failure(client().getJson(`${base}/x`));
    expect(error).toMatchObject({ failure: 'status', status: 400, body: { error: { message: 'bad' } } });
    expect(hits).toBe(2);
  });

  it('parses JSON whatever the Content-Type, and rejects a body that is not JSON', async () => {
    replies = [(res) => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end('{"resultCount":0}')];
    expect(await client().getJson(`${base}/x`)).toEqual({ resultCount: 0 });
    replies = [(res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>captive portal</html>')];
    expect(await failure(client().getJson(`${base}/x`))).toMatchObject({ failure: 'invalid_response' });
  });

  it('retries an answer the API marks as throttled inside a 200 body', async () => {
    replies = [json(200, { error: { code: 4 } }), json(200, { data: [] })];
    const throttled = (body: unknown) => (body as { error?: { code?: number } }).error?.code === 4;
    expect(await client().getJson(`${base}/x`, { isThrottled: throttled })).toEqual({ data: [] });
    expect(hits).toBe(2);
  });

  it('opens the circuit after repeated failures and then fails without calling', async () => {
    const http = client({ retries: 0, breaker: { failureThreshold: 2, openMs: 60_000 } });
    replies = [json(500, {}), json(500, {})];
    await failure(http.getJson(`${base}/x`));
    await failure(http.getJson(`${base}/x`));
    expect(http.circuitState).toBe('open');
    const error = await failure(http.getJson(`${base}/x`));
    expect(error).toMatchObject({ failure: 'circuit_open' });
    expect(hits).toBe(2);
  });

  it('sends query parameters and never leaks them into errors', async () => {
    let seen = '';
    replies = [(res) => json(500, {})(res)];
    server.once('request', (req: { url: string }) => (seen = req.url));
    const error = await failure(client({ retries: 0 }).getJson(`${base}/search`, { query: { q: 'a b', key: 'secret', skip: undefined } }));
    expect(seen).toBe('/search?q=a+b&key=secret');
    expect(error?.message).not.toContain('secret');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', 0)).toBe(3_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
