import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDto } from '../../../src/modules/events/dto/event.dto';
import type { QueueEntryDto } from '../../../src/modules/events/dto/queue-entry.dto';
import { LYON, nearParis, PARIS, track } from '../../support/events-harness';
import { anotherDevice, httpAs, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';

type Res = { status: number; body: Record<string, unknown>; headers: Record<string, string> };

/** Expects the contract error body with this status and code. */

describe(`events over HTTP (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: SignedInUser;
  let guest: SignedInUser;
  let stranger: SignedInUser;

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0', EVENT_VOTE_BURST: '3', EVENT_VOTES_PER_MINUTE: '1' } });
    [owner, guest, stranger] = [await signedInUser(t, 'owner'), await signedInUser(t, 'guest'), await signedInUser(t, 'stranger')];
  });
  afterAll(() => t?.close());

  const as = (user: SignedInUser) => httpAs(t, user);

  const createEvent = async (body: object = {}, by = owner): Promise<EventDto> =>
    (await as(by).post('/events', { name: 'Party', ...body }).expect(201)).body as EventDto;

  const propose = async (eventId: string, i: number, by = owner, extra: object = {}): Promise<QueueEntryDto> =>
    (await as(by).post(`/events/${eventId}/tracks`, { ...track(i), ...extra }).expect(201)).body as QueueEntryDto;

  /** Invites and accepts through the HTTP invitations inbox. */
  async function makeMember(eventId: string, user: SignedInUser, role: 'guest' | 'host' = 'guest'): Promise<void> {
    const invitation = await as(owner).post(`/events/${eventId}/invitations`, { userId: user.id, role }).expect(201);
    expect(invitation.body).toMatchObject({ inviteeId: user.id, role, status: 'pending' });
    const inbox = await as(user).get('/invitations').expect(200);
    expect(inbox.body.items).toContainEqual(expect.objectContaining({ id: invitation.body.id, kind: 'event', target: { id: eventId, name: expect.any(String) } }));
    await as(user).post(`/invitations/${invitation.body.id as string}/accept`).expect(200);
  }

  it('creates an event with the contract shape and defaults, and reads it back', async () => {
    const created = await createEvent({ name: '  Rooftop  ', description: 'bring snacks' });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Rooftop',
      description: 'bring snacks',
      visibility: 'public',
      voteLicense: 'everyone',
      geo: null,
      window: null,
      maxProposalsPerUser: 3,
      code: expect.stringMatching(/^[34679ACDEFGHJKMNPQRTWXY]{6,8}$/),
      fallbackPlaylistId: null,
      maxTrackDurationMs: null,
      skipThreshold: null,
      joinByLink: false,
      owner: { id: owner.id, displayName: 'owner', avatarUrl: `/api/users/${owner.id}/avatar` },
      createdAt: expect.any(String),
      myRole: 'owner',
      isListener: false,
      canVote: true,
      canControlPlayback: true,
      player: null,
      isPlayer: false,
      listenerCount: 0,
      queue: [],
      nowPlaying: null,
      version: 0,
    });
    expect((await as(owner).get(`/events/${created.id}`).expect(200)).body).toEqual(created);
    expect((await as(stranger).get(`/events/${created.id}`).expect(200)).body).toMatchObject({ myRole: null, canControlPlayback: false });
  });

  it('requires a session, and a verified email to write', async () => {
    expectError((await t.http.get('/api/events').expect(401)), 401, 'UNAUTHENTICATED');
    const unverified = await signedInUser(t, 'unverified', { verified: false });
    expectError((await as(unverified).post('/events', { name: 'x' })), 403, 'EMAIL_NOT_VERIFIED');
    await as(unverified).get('/events?scope=public').expect(200);
  });

  it('rejects bad input with the fields named, never a 500', async () => {
    const event = await createEvent();
    const cases: Array<[Promise<Res>, string]> = [
      [as(owner).post('/events', { name: 'x', isAdmin: true }), 'isAdmin'],
      [as(owner).post('/events', { name: '' }), 'name'],
      [as(owner).post('/events', { name: 'x', geo: { lat: 91, lng: 0, radiusMeters: 100 } }), 'geo.lat'],
      [as(owner).post('/events', { name: 'x', window: { startsAt: 'yesterday', endsAt: '2026-01-01T00:00:00Z' } }), 'window.startsAt'],
      [as(owner).post('/events', { name: 'x', window: { startsAt: '2026-01-02T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' } }), 'window.endsAt'],
      [as(owner).patch(`/events/${event.id}`, { name: null }), 'name'],
      [as(owner).get('/events/not-a-uuid'), 'id'],
      [as(owner).get('/events?scope=everything'), 'scope'],
      [as(owner).get('/events?limit=101'), 'limit'],
      [as(owner).post(`/events/${event.id}/playback`, { action: 'seek' }), 'positionMs'],
      [as(owner).post(`/events/${event.id}/playback`, { action: 'rewind' }), 'action'],
      [as(owner).put(`/events/${event.id}/tracks/${event.id}/vote`, { location: { lat: 1, lng: 1 } }), 'location.accuracyMeters'],
      [as(owner).post(`/events/${event.id}/tracks`, { provider: 'bundled' }), 'providerTrackId'],
    ];
    for (const [request, field] of cases) {
      const res = await request;
      expectError(res, 400, 'VALIDATION_FAILED');
      expect((res.body.details as Array<{ field: string }>).map((d) => d.field), field).toContain(field);
    }
    expectError((await as(owner).post(`/events/${event.id}/tracks`, { provider: 'bundled', providerTrackId: 'no-such-track' })), 404, 'NOT_FOUND');
    expectError((await as(owner).post(`/events/${event.id}/tracks`, { provider: 'napster', providerTrackId: 'x' })), 404, 'NOT_FOUND');
  });

  it('answers 404 to a non-member on every path of a private event, lists included', async () => {
    const event = await createEvent({ visibility: 'private', name: 'Private party' });
    await makeMember(event.id, guest);
    const entry = await propose(event.id, 0);
    const id = event.id;
    const attempts: Array<[string, () => PromiseLike<Res>]> = [
      ['GET event', () => as(stranger).get(`/events/${id}`)],
      ['PATCH event', () => as(stranger).patch(`/events/${id}`, { name: 'x' })],
      ['DELETE event', () => as(stranger).delete(`/events/${id}`)],
      ['invite', () => as(stranger).post(`/events/${id}/invitations`, { userId: stranger.id })],
      ['join', () => as(stranger).post(`/events/${id}/join`)],
      ['leave', () => as(stranger).post(`/events/${id}/leave`)],
      ['propose', () => as(stranger).post(`/events/${id}/tracks`, track(1))],
      ['remove entry', () => as(stranger).delete(`/events/${id}/tracks/${entry.id}`)],
      ['vote', () => as(stranger).put(`/events/${id}/tracks/${entry.id}/vote`)],
      ['unvote', () => as(stranger).delete(`/events/${id}/tracks/${entry.id}/vote`)],
      ['playback', () => as(stranger).post(`/events/${id}/playback`, { action: 'play' })],
      ['delegates', () => as(stranger).get(`/events/${id}/delegates`)],
      ['grant delegate', () => as(stranger).put(`/events/${id}/delegates/${guest.id}`)],
      ['revoke delegate', () => as(stranger).delete(`/events/${id}/delegates/${guest.id}`)],
      ['history', () => as(stranger).get(`/events/${id}/history`)],
      ['export history', () => as(stranger).post(`/events/${id}/history/export`)],
    ];
    for (const [path, attempt] of attempts) {
      const res = await attempt();
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 404, code: 'NOT_FOUND' });
    }
    for (const scope of ['public', 'mine', 'invited']) {
      const list = await as(stranger).get(`/events?scope=${scope}&limit=100`).expect(200);
      expect((list.body.items as EventDto[]).map((e) => e.id), scope).not.toContain(id);
    }
    const invited = await as(guest).get('/events?scope=invited').expect(200);
    expect(invited.body).toEqual({ items: [expect.objectContaining({ id, myRole: 'guest', listenerCount: 0 })], nextCursor: null });
    const seen = await as(owner).get(`/events/${id}`).expect(200);
    expect(seen.body).toMatchObject({ queue: [{ id: entry.id, score: 0 }], version: 2 });
  });

  it('votes and unvotes idempotently, with votedByMe for the caller only', async () => {
    const event = await createEvent();
    const entry = await propose(event.id, 0);
    const path = `/events/${event.id}/tracks/${entry.id}/vote`;
    expect((await as(guest).put(path).expect(200)).body).toEqual({ score: 1, votedByMe: true });
    expect((await as(guest).put(path, {}).expect(200)).body).toEqual({ score: 1, votedByMe: true });
    const view = (await as(guest).get(`/events/${event.id}`).expect(200)).body as EventDto;
    expect(view.queue).toEqual([expect.objectContaining({ id: entry.id, score: 1, votedByMe: true })]);
    expect(((await as(owner).get(`/events/${event.id}`).expect(200)).body as EventDto).queue[0].votedByMe).toBe(false);
    expect((await as(guest).delete(path).expect(200)).body).toEqual({ score: 0, votedByMe: false });
    const limited = (await as(guest).delete(path)) as Res;
    expectError(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expectError((await as(guest).put(`/events/${event.id}/tracks/${event.id}/vote`)), 404, 'NOT_FOUND');
  });

  it('accepts one of two simultaneous proposals of a track with 201 and answers the other 409', async () => {
    const event = await createEvent();
    const [a, b] = await Promise.all([
      as(owner).post(`/events/${event.id}/tracks`, track(2)),
      as(guest).post(`/events/${event.id}/tracks`, track(2)),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const conflict = (a.status === 409 ? a : b) as Res;
    const created = (a.status === 201 ? a : b).body as QueueEntryDto;
    expectError(conflict, 409, 'CONFLICT');
    expect(conflict.body.details).toEqual({ reason: 'already_queued', entryId: created.id });
    expect(((await as(owner).get(`/events/${event.id}`).expect(200)).body as EventDto).queue.map((e) => e.id)).toEqual([created.id]);
  });

  it('checks the geo licence on proposals and votes over HTTP', async () => {
    const event = await createEvent({ geo: { ...PARIS, radiusMeters: 200 } });
    expectError((await as(owner).post(`/events/${event.id}/tracks`, track(0))), 400, 'LOCATION_REQUIRED');
    const entry = await propose(event.id, 0, owner, { location: nearParis(20) });
    const far = (await as(stranger).put(`/events/${event.id}/tracks/${entry.id}/vote`, { location: LYON })) as Res;
    expectError(far, 403, 'VOTE_OUTSIDE_AREA');
    expect(far.body.details).toMatchObject({ reason: 'outside_area', limitMeters: 210 });
    await as(stranger).put(`/events/${event.id}/tracks/${entry.id}/vote`, { location: nearParis(100) }).expect(200);
  });

  it('advances playback once for five concurrent next commands, and honours a delegate on the granted device only', async () => {
    const event = await createEvent({ maxProposalsPerUser: 5 });
    const entries = [await propose(event.id, 0), await propose(event.id, 1), await propose(event.id, 2)];
    await as(guest).post(`/events/${event.id}/join`).expect(204);
    expectError((await as(guest).post(`/events/${event.id}/playback`, { action: 'play' })), 403, 'FORBIDDEN');
    await as(owner).post('/friends/requests', { userId: guest.id }).expect(201);
    await as(guest).post('/friends/requests', { userId: owner.id }).expect(200);
    const laptop = await anotherDevice(t, guest, 'laptop');
    const delegate = await as(owner).put(`/events/${event.id}/delegates/${guest.id}`, { devices: [guest.sessionId] }).expect(200);
    expect(delegate.body).toMatchObject({ user: { id: guest.id }, allDevices: false, devices: [{ id: guest.sessionId }] });
    const command = (body: object, from = guest) => as(from).post(`/events/${event.id}/playback`, body);
    expectError((await command({ action: 'play' }, laptop)), 403, 'DEVICE_NOT_DELEGATED');
    const playing = await command({ action: 'play' }).expect(200);
    expect(playing.body).toMatchObject({ entryId: entries[0].id, state: 'playing', controlledBy: { id: guest.id } });

    const nexts = await Promise.all(Array.from({ length: 5 }, () => command({ action: 'next', fromEntryId: entries[0].id })));
    expect(nexts.map((r) => [r.status, (r.body as { entryId: string }).entryId])).toEqual(Array(5).fill([200, entries[1].id]));
    const history = await as(stranger).get(`/events/${event.id}/history`).expect(200);
    expect(history.body).toEqual({ items: [expect.objectContaining({ id: entries[0].id, score: 0, playedAt: expect.any(String) })], nextCursor: null });

    await as(owner).delete(`/events/${event.id}/delegates/${guest.id}`).expect(204);
    expectError((await command({ action: 'pause' })), 403, 'FORBIDDEN');
    expect((await as(owner).get(`/events/${event.id}/delegates`).expect(200)).body).toEqual([]);
  });

  it('exports the history as a new playlist readable through the playlists API', async () => {
    const event = await createEvent();
    await propose(event.id, 0);
    await propose(event.id, 1);
    await as(owner).post(`/events/${event.id}/playback`, { action: 'play' }).expect(200);
    await as(owner).post(`/events/${event.id}/playback`, { action: 'next' }).expect(200);
    const exported = await as(guest).post(`/events/${event.id}/history/export`, { name: 'Party memories' }).expect(201);
    expect(exported.body).toEqual({ playlistId: expect.any(String), name: 'Party memories', trackCount: 1 });
    const playlist = await as(guest).get(`/playlists/${exported.body.playlistId as string}`).expect(200);
    expect(playlist.body).toMatchObject({ name: 'Party memories', visibility: 'private', owner: { id: guest.id } });
    expect((playlist.body.tracks as Array<{ track: { providerTrackId: string } }>).map((e) => e.track.providerTrackId)).toEqual([track(0).providerTrackId]);
  });

  it('lets members join, leave and be listed with listener counts', async () => {
    const event = await createEvent({ name: 'Open air' });
    await as(guest).post(`/events/${event.id}/join`).expect(204);
    await as(guest).post(`/events/${event.id}/join`).expect(204);
    await as(stranger).post(`/events/${event.id}/join`).expect(204);
    const page = await as(stranger).get('/events?scope=public&limit=1').expect(200);
    expect(page.body).toEqual({ items: [expect.objectContaining({ id: event.id, listenerCount: 2, name: 'Open air' })], nextCursor: expect.any(String) });
    await as(stranger).post(`/events/${event.id}/leave`).expect(204);
    expect(((await as(stranger).get(`/events/${event.id}`).expect(200)).body as EventDto).listenerCount).toBe(1);
    expectError((await as(owner).post(`/events/${event.id}/leave`)), 409, 'CONFLICT');
    expectError((await as(guest).delete(`/events/${event.id}`)), 403, 'FORBIDDEN');
    await as(owner).delete(`/events/${event.id}`).expect(204);
    expectError((await as(owner).get(`/events/${event.id}`)), 404, 'NOT_FOUND');
  });

  it('documents every events path in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, unknown> };
    for (const path of [
      '/api/events',
      '/api/events/{id}',
      '/api/events/{id}/invitations',
      '/api/events/{id}/join',
      '/api/events/{id}/leave',
      '/api/events/{id}/tracks',
      '/api/events/{id}/tracks/{entryId}',
      '/api/events/{id}/tracks/{entryId}/vote',
      '/api/events/{id}/playback',
      '/api/events/{id}/delegates/{userId}',
      '/api/events/{id}/history',
      '/api/events/{id}/history/export',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
