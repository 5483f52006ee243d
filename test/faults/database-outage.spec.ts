import { afterEach, describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { TcpProxy } from '../support/tcp-proxy';
import { until } from '../support/socket-client';
import { baseEnv, startApp } from './support/app-process';
import { POSTGRES_URL, query, scratchDatabase } from './support/postgres';
import { checkVotes, VoteBurst, votingRoom } from './support/vote-burst';

/**
 * PostgreSQL's connections cut mid-burst (through a proxy the test cuts): requests fail fast with 503 and the
 * error contract, nothing is half-written, readiness reports the outage, and the pool recovers by itself.
 */
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const ready = async (origin: string) => (await fetch(`${origin}/api/health/ready`)).status;

describe('PostgreSQL connection dropped mid-burst', () => {
  it('answers 503 with the contract, writes nothing by halves, and recovers when the database returns', async () => {
    const db = await scratchDatabase();
    cleanups.push(() => db.drop());
    const upstream = new URL(POSTGRES_URL);
    const proxy = new TcpProxy(upstream.hostname, Number(upstream.port || 5432));
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const app = await startApp({ ...baseEnv(), DATABASE_URL: db.url(proxy.url) });
    cleanups.push(() => app.kill('SIGKILL'));
    const api = new BenchApi(app.url);
    const room = await votingRoom(api, 10);
    const burst = new VoteBurst(() => app.url, room).start();
    await until(() => burst.acknowledged >= 100, 30_000);

    await proxy.cut();
    await until(() => burst.refused.length >= 20, 30_000);
    expect(await ready(app.url)).toBe(503);
    const during = await fetch(`${app.url}/api/events/${room.eventId}`, { headers: { authorization: `Bearer ${room.voters[0].accessToken}` } });
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', requestId: expect.any(String), details: expect.anything() });

    await proxy.restore();
    const acknowledgedAtRestore = burst.acknowledged;
    await until(() => burst.acknowledged >= acknowledgedAtRestore + 50, 60_000);
    await burst.stop();
    expect(await ready(app.url)).toBe(200);
    expect(new Set(burst.refused.map((r) => `${r.status} ${r.code}`))).toEqual(new Set(['503 SERVICE_UNAVAILABLE']));
    expect(await checkVotes(api, room, burst), app.output()).toEqual([]);
    const orphans = await query<{ n: string }>(db.url(), 'SELECT count(*) AS n FROM event_votes v LEFT JOIN event_entries e ON e.id = v.entry_id WHERE e.id IS NULL');
    expect(Number(orphans[0].n)).toBe(0);
    const drift = await query<{ id: string }>(
      db.url(),
      'SELECT e.id FROM event_entries e LEFT JOIN event_votes v ON v.entry_id = e.id GROUP BY e.id, e.score HAVING e.score <> count(v.entry_id)',
    );
    expect(drift).toEqual([]);
  });
});
