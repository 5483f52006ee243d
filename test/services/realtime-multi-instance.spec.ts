import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_TRACKS } from '../support/events-harness';
import { authHeader, signedInUser, type SignedInUser } from '../support/sessions';
import { type ClientSocket, connected, record, socketFor, subscribe, until } from '../support/socket-client';
import { TcpProxy } from '../support/tcp-proxy';
import { bootTestApp, type TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';

const REDIS_PORT = Number(new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379);

/** Two instances of one deployment: one PostgreSQL database, one Redis (through a proxy the test can cut). */
describe.runIf(onPostgres())('realtime across two instances', () => {
  const proxy = new TcpProxy('127.0.0.1', REDIS_PORT);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let a: TestApp;
  let b: TestApp;
  let owner: SignedInUser;
  let listener: SignedInUser;
  let onA: ClientSocket;
  let onB: ClientSocket;
  let eventId: string;
  let seenOnA: ReturnType<typeof record>;
  let seenOnB: ReturnType<typeof record>;

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    await proxy.start();
    const env = { REDIS_URL: `redis://${proxy.url}`, JWT_SECRET: randomBytes(32).toString('hex') };
    a = await bootTestApp({ env, listen: true });
    b = await bootTestApp({ env, listen: true, database: a.config.database });
    owner = await signedInUser(a, 'owner');
    listener = await signedInUser(a, 'listener');
    eventId = ((await a.http.post('/api/events').set(...authHeader(owner)).send({ name: 'Two rooms', visibility: 'public', maxProposalsPerUser: 20 }).expect(201)).body as { id: string }).id;
    onA = socketFor(a.url, listener.accessToken);
    onB = socketFor(b.url, listener.accessToken);
    await Promise.all([connected(onA), connected(onB)]);
    for (const s of [onA, onB]) expect(await subscribe(s, `event:${eventId}`)).toMatchObject({ ok: true });
    seenOnA = record(onA, ['queue.track_added', 'queue.vote_changed']);
    seenOnB = record(onB, ['queue.track_added', 'queue.vote_changed']);
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    onA.close();
    onB.close();
    await b.close();
    await a.close();
    await proxy.stop();
  });

  const propose = async (app: TestApp, i: number) =>
    (await app.http.post(`/api/events/${eventId}/tracks`).set(...authHeader(owner)).send({ provider: 'bundled', providerTrackId: BUNDLED_TRACKS[i] }).expect(201))
      .body as { id: string };

  it('delivers a vote made through instance A to a socket on instance B, with the right version', async () => {
    const entry = await propose(a, 0);
    const vote = await a.http.put(`/api/events/${eventId}/tracks/${entry.id}/vote`).set(...authHeader(listener)).send({}).expect(200);
    expect(vote.body).toMatchObject({ score: 1, votedByMe: true });
    await until(() => seenOnB.some((s) => s.name === 'queue.vote_changed'));
    const added = seenOnB.find((s) => s.name === 'queue.track_added')!.payload;
    const voted = seenOnB.find((s) => s.name === 'queue.vote_changed')!.payload;
    expect(voted).toMatchObject({ entryId: entry.id, score: 1, version: (added.version as number) + 1 });
    const current = (await b.http.get(`/api/events/${eventId}`).set(...authHeader(listener)).expect(200)).body as { version: number };
    expect(current.version).toBe(voted.version);
  });

  it('keeps both instances serving and local delivery going while Redis is down', async () => {
    await proxy.cut();
    const entry = await propose(a, 1);
    await until(() => seenOnA.some((s) => s.name === 'queue.track_added' && (s.payload.entry as { id: string }).id === entry.id));
    await b.http.get('/api/health').expect(200);
    await a.http.get(`/api/events/${eventId}`).set(...authHeader(listener)).expect(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(seenOnB.some((s) => s.name === 'queue.track_added' && (s.payload.entry as { id: string }).id === entry.id)).toBe(false);
    expect(unhandled).toEqual([]);
  });

  it('resumes cross-instance delivery when Redis is back; B sees the version gap and can resync over REST', async () => {
    await proxy.restore();
    const reachedB = (entryId: string) =>
      seenOnB.some((s) => s.name === 'queue.track_added' && (s.payload.entry as { id: string }).id === entryId);
    let resumed = false;
    for (let i = 2; i < BUNDLED_TRACKS.length && !resumed; i++) {
      const entry = await propose(a, i);
      resumed = await until(() => reachedB(entry.id), 2_000).then(() => true, () => false);
    }
    expect(resumed).toBe(true);
    const versions = seenOnB.map((s) => s.payload.version as number);
    const gap = versions.some((v, k) => k > 0 && v !== versions[k - 1] + 1);
    expect(gap).toBe(true);
    const fresh = (await b.http.get(`/api/events/${eventId}`).set(...authHeader(listener)).expect(200)).body as { version: number; queue: unknown[] };
    expect(fresh.version).toBe(Math.max(...versions));
    expect(unhandled).toEqual([]);
  });
});
