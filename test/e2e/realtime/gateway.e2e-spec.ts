import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_TRACKS } from '../../support/events-harness';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { type ClientSocket, connected, connectError, record, socketFor, subscribe, until } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';

describe('realtime gateway', () => {
  let t: TestApp;
  let owner: SignedInUser;
  let stranger: SignedInUser;
  const sockets: ClientSocket[] = [];
  const open = async (token?: string) => {
    const socket = socketFor(t.url, token);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await bootTestApp({ listen: true });
    owner = await signedInUser(t, 'owner');
    stranger = await signedInUser(t, 'stranger');
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  /**
   * Resolves once `socket` has received a fresh message of a public event: everything published before it
   * has been delivered by then (one bus, one connection), so an absence can be asserted without sleeping.
   */
  const barrier = async (socket: ClientSocket) => {
    const event = await createEvent('public');
    const seen = record(socket, ['event.updated']);
    expect(await subscribe(socket, `event:${event.id}`)).toMatchObject({ ok: true });
    await t.http.patch(`/api/events/${event.id}`).set(...authHeader(owner)).send({ description: 'barrier' }).expect(200);
    await until(() => seen.some((s) => s.payload.room === `event:${event.id}`));
  };

  const createEvent = async (visibility: 'public' | 'private') =>
    (await t.http.post('/api/events').set(...authHeader(owner)).send({ name: `Party ${visibility}`, visibility }).expect(201)).body as {
      id: string;
      version: number;
    };

  it('refuses a connection without a token, with a bad token, or with a forged one', async () => {
    for (const token of [undefined, 'not-a-jwt', `${owner.accessToken.slice(0, -4)}AAAA`]) {
      const socket = socketFor(t.url, token);
      sockets.push(socket);
      expect((await connectError(socket)).message).toBe('UNAUTHENTICATED');
    }
  });

  it('subscribes to a visible event with its current version and relays its changes with rising versions', async () => {
    const event = await createEvent('public');
    const socket = await open(stranger.accessToken);
    const seen = record(socket, ['queue.track_added', 'queue.vote_changed']);
    const ack = await socket.emitWithAck('subscribe', { room: `event:${event.id}` });
    expect(ack).toEqual({ ok: true, version: event.version });

    const entry = (
      await t.http.post(`/api/events/${event.id}/tracks`).set(...authHeader(owner)).send({ provider: 'bundled', providerTrackId: BUNDLED_TRACKS[0] }).expect(201)
    ).body as { id: string };
    await t.http.put(`/api/events/${event.id}/tracks/${entry.id}/vote`).set(...authHeader(owner)).send({}).expect(200);
    await until(() => seen.length === 2);

    expect(seen.map((s) => s.name)).toEqual(['queue.track_added', 'queue.vote_changed']);
    expect(seen[0].payload).toMatchObject({ room: `event:${event.id}`, version: event.version + 1, entry: { id: entry.id } });
    expect(seen[1].payload).toMatchObject({ room: `event:${event.id}`, version: event.version + 2, entryId: entry.id, score: 1 });
    expect(typeof seen[1].payload.at).toBe('string');
    expect(seen[1].payload).not.toHaveProperty('eventId');
  });

  it('refuses a private event it cannot see and delivers none of its messages', async () => {
    const event = await createEvent('private');
    const socket = await open(stranger.accessToken);
    const seen = record(socket, ['queue.track_added', 'event.updated']);
    expect(await socket.emitWithAck('subscribe', { room: `event:${event.id}` })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await t.http.post(`/api/events/${event.id}/tracks`).set(...authHeader(owner)).send({ provider: 'bundled', providerTrackId: BUNDLED_TRACKS[1] }).expect(201);
    await t.http.patch(`/api/events/${event.id}`).set(...authHeader(owner)).send({ description: 'secret plans' }).expect(200);
    await barrier(socket);
    expect(seen.filter((s) => s.payload.room === `event:${event.id}`)).toEqual([]);
  });

  it('rejects malformed subscriptions and user rooms', async () => {
    const socket = await open(stranger.accessToken);
    for (const room of [`user:${owner.id}`, 'event:not-a-uuid', 42, '']) {
      expect(await socket.emitWithAck('subscribe', { room } as { room: string })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
  });

  it('removes the socket from an event that becomes private before anything about it goes out', async () => {
    const event = await createEvent('public');
    const socket = await open(stranger.accessToken);
    const ownerSocket = await open(owner.accessToken);
    const seen = record(socket, ['event.updated', 'queue.track_added']);
    const ownerSeen = record(ownerSocket, ['event.updated', 'queue.track_added']);
    for (const s of [socket, ownerSocket]) expect(await subscribe(s, `event:${event.id}`)).toMatchObject({ ok: true });
    await t.http.patch(`/api/events/${event.id}`).set(...authHeader(owner)).send({ visibility: 'private' }).expect(200);
    await t.http.post(`/api/events/${event.id}/tracks`).set(...authHeader(owner)).send({ provider: 'bundled', providerTrackId: BUNDLED_TRACKS[2] }).expect(201);
    await until(() => ownerSeen.length === 2);
    expect(ownerSeen.map((s) => s.name)).toEqual(['event.updated', 'queue.track_added']);
    expect(seen).toEqual([]);
    expect(await socket.emitWithAck('subscribe', { room: `event:${event.id}` })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('counts distinct listeners of an event room', async () => {
    const event = await createEvent('public');
    const first = await open(stranger.accessToken);
    const second = await open(stranger.accessToken);
    const third = await open(owner.accessToken);
    const seen = record(third, ['presence']);
    for (const s of [first, second, third]) await subscribe(s, `event:${event.id}`);
    await until(() => seen.some((p) => p.payload.listeners === 2));
    first.close();
    second.close();
    await until(() => seen.at(-1)?.payload.listeners === 1);
    // Presence changes no room state: it never carries a version (only state changes do, each previous + 1).
    expect(seen.every((p) => p.payload.room === `event:${event.id}` && !('version' in p.payload))).toBe(true);
  });

  it('caps subscriptions per connection and limits floods of client events', async () => {
    const socket = await open(stranger.accessToken);
    const acks = await Promise.all(
      Array.from({ length: 60 }, () => socket.emitWithAck('unsubscribe', { room: `event:${crypto.randomUUID()}` })),
    );
    const limited = acks.filter((a) => !a.ok && a.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(20);
  });

  it('ends a socket whose session is revoked by logout', async () => {
    const user = await signedInUser(t, 'leaver');
    const socket = await open(user.accessToken);
    const ended = new Promise((resolve) => socket.on('session.ended', resolve));
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    await t.http.post('/api/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
    expect(await ended).toEqual({ reason: 'revoked' });
    await closed;
  });
});

/** The `iat` and `exp` claims (seconds) of an access token. */
const claimsOf = (token: string): { iat: number; exp: number } =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { iat: number; exp: number };

describe('realtime gateway with short-lived tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ listen: true, configure: (c) => void (c.jwt.accessTtlSeconds = 2) });
  });
  afterAll(() => t.close());

  it('disconnects a socket when its token expires, and refuses the expired token afterwards', async () => {
    const user = await signedInUser(t, 'short');
    const socket = socketFor(t.url, user.accessToken);
    const ended = new Promise((resolve) => socket.on('session.ended', resolve));
    await connected(socket);
    expect(await ended).toEqual({ reason: 'expired' });
    await until(() => !socket.connected);
    const again = socketFor(t.url, user.accessToken);
    const error = await connectError(again);
    expect(error.message).toBe('UNAUTHENTICATED');
    expect(error.data).toEqual({ code: 'TOKEN_EXPIRED' });
    again.close();
  });

  it('keeps a socket that hands over a fresh token before expiry', async () => {
    const user = await signedInUser(t, 'refresher');
    const socket = socketFor(t.url, user.accessToken);
    const ended = record(socket, ['session.ended']);
    await connected(socket);
    const { iat, exp } = claimsOf(user.accessToken);
    // A token issued in a later second expires later: wait for that second, then hand it over.
    await until(() => Date.now() >= (iat + 1) * 1000);
    const refreshed = (await t.http.post('/api/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200)).body as { accessToken: string };
    expect(claimsOf(refreshed.accessToken).exp).toBeGreaterThan(exp);
    const ack = await socket.emitWithAck('auth.refresh', { token: refreshed.accessToken });
    expect(ack).toMatchObject({ ok: true });
    // Past the first token's expiry (the subject of the test), the socket is still there.
    await until(() => Date.now() > exp * 1000 + 250);
    expect(ended).toEqual([]);
    expect(socket.connected).toBe(true);
    socket.close();
  });
});
