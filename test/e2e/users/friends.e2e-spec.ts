import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { tempDataDir } from '../../support/users-client';
import { expectError } from '../../support/expect-error';

describe(`friends (${databaseKind()})`, () => {
  let t: TestApp;
  const user = (name: string) => signedInUser(t, name);
  const send = (from: SignedInUser, to: SignedInUser) => t.http.post('/api/friends/requests').set(...authHeader(from)).send({ userId: to.id });
  const friendIds = async (who: SignedInUser) =>
    ((await t.http.get('/api/friends').set(...authHeader(who)).expect(200)).body as { items: Array<{ user: { id: string } }> }).items.map((i) => i.user.id);
  const requests = async (who: SignedInUser, direction: string) =>
    ((await t.http.get('/api/friends/requests').query({ direction }).set(...authHeader(who)).expect(200)).body as { items: Array<{ id: string; from: { id: string }; to: { id: string } }> }).items;
  const rows = async (table: string, a: SignedInUser, b: SignedInUser) => {
    const db = t.app.get(Database);
    const sql =
      table === 'friendships'
        ? 'SELECT count(*)::int AS n FROM friendships WHERE user_low = LEAST($1::uuid, $2::uuid) AND user_high = GREATEST($1::uuid, $2::uuid)'
        : 'SELECT count(*)::int AS n FROM friend_requests WHERE (requester_id = $1 AND addressee_id = $2) OR (requester_id = $2 AND addressee_id = $1)';
    return (await db.query<{ n: number }>(sql, [a.id, b.id]))[0].n;
  };

  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
  });
  afterAll(() => t?.close());

  it('makes the same request twice into one request', async () => {
    const [a, b] = [await user('a'), await user('b')];
    const first = await send(a, b).expect(201);
    const second = await send(a, b).expect(201);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({ status: 'pending', from: { id: a.id }, to: { id: b.id } });
    expect(await rows('friend_requests', a, b)).toBe(1);
    expect((await requests(b, 'incoming')).map((r) => r.id)).toEqual([first.body.id]);
    expect((await requests(a, 'outgoing')).map((r) => r.id)).toEqual([first.body.id]);
  });

  it('turns crossing requests into a friendship at once', async () => {
    const [a, b] = [await user('a'), await user('b')];
    await send(a, b).expect(201);
    const crossing = await send(b, a).expect(200);
    expect(crossing.body).toMatchObject({ status: 'friends', user: { id: a.id } });
    expect(await rows('friendships', a, b)).toBe(1);
    expect(await rows('friend_requests', a, b)).toBe(0);
    expect(await friendIds(a)).toEqual([b.id]);
    expect(await friendIds(b)).toEqual([a.id]);
    expect((await send(a, b).expect(200)).body).toMatchObject({ status: 'friends' });
  });

  it('makes exactly one friendship when two users ask each other at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await user('a'), await user('b')];
      const results = await Promise.all([send(a, b), send(b, a), send(a, b), send(b, a)]);
      expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
      expect(results.some((r) => r.status === 200)).toBe(true);
      expect(await rows('friendships', a, b)).toBe(1);
      expect(await rows('friend_requests', a, b)).toBe(0);
    }
  });

  it('accepts, declines and cancels only as the right party; others get 404', async () => {
    const [a, b, c] = [await user('a'), await user('b'), await user('c')];
    const r1 = (await send(a, b).expect(201)).body as { id: string };
    expectError(await t.http.post(`/api/friends/requests/${r1.id}/accept`).set(...authHeader(a)), 404, 'NOT_FOUND');
    expectError(await t.http.post(`/api/friends/requests/${r1.id}/accept`).set(...authHeader(c)), 404, 'NOT_FOUND');
    expectError(await t.http.delete(`/api/friends/requests/${r1.id}`).set(...authHeader(b)), 404, 'NOT_FOUND');
    await t.http.post(`/api/friends/requests/${r1.id}/decline`).set(...authHeader(b)).expect(204);
    expect(await rows('friend_requests', a, b)).toBe(0);
    expect(await rows('friendships', a, b)).toBe(0);

    const r2 = (await send(a, c).expect(201)).body as { id: string };
    await t.http.delete(`/api/friends/requests/${r2.id}`).set(...authHeader(a)).expect(204);
    expect(await requests(c, 'incoming')).toEqual([]);

    const r3 = (await send(c, b).expect(201)).body as { id: string };
    expect((await t.http.post(`/api/friends/requests/${r3.id}/accept`).set(...authHeader(b)).expect(200)).body).toMatchObject({ status: 'friends', user: { id: c.id } });
    expectError(await t.http.post(`/api/friends/requests/${r3.id}/accept`).set(...authHeader(b)), 404, 'NOT_FOUND');
    expect(await friendIds(b)).toEqual([c.id]);
  });

  it('removes a friend for both sides, idempotently', async () => {
    const [a, b] = [await user('a'), await user('b')];
    await send(a, b).expect(201);
    await send(b, a).expect(200);
    await t.http.delete(`/api/friends/${b.id}`).set(...authHeader(a)).expect(204);
    await t.http.delete(`/api/friends/${b.id}`).set(...authHeader(a)).expect(204);
    expect(await friendIds(a)).toEqual([]);
    expect(await friendIds(b)).toEqual([]);
  });

  it('refuses a request to oneself, to an unknown user or with a bad body', async () => {
    const a = await user('a');
    expectError(await send(a, a), 409, 'CONFLICT');
    expectError(await t.http.post('/api/friends/requests').set(...authHeader(a)).send({ userId: '00000000-0000-4000-8000-000000000000' }), 404, 'NOT_FOUND');
    expectError(await t.http.post('/api/friends/requests').set(...authHeader(a)).send({ userId: 'x' }), 400, 'VALIDATION_FAILED');
    expectError(await t.http.get('/api/friends/requests').query({ direction: 'sideways' }).set(...authHeader(a)), 400, 'VALIDATION_FAILED');
  });

  it('pages the friend list with a cursor', async () => {
    const hub = await user('hub');
    const others = [await user('f1'), await user('f2'), await user('f3')];
    for (const o of others) {
      await send(o, hub).expect(201);
      await send(hub, o).expect(200);
    }
    const first = (await t.http.get('/api/friends').query({ limit: 2 }).set(...authHeader(hub)).expect(200)).body as { items: Array<{ user: { id: string } }>; nextCursor: string };
    const second = (await t.http.get('/api/friends').query({ limit: 2, cursor: first.nextCursor }).set(...authHeader(hub)).expect(200)).body as { items: Array<{ user: { id: string } }>; nextCursor: string | null };
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.user.id).sort()).toEqual(others.map((o) => o.id).sort());
  });
});
