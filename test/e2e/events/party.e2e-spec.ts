import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Playlists } from '../../../src/modules/playlists';
import { Tracks } from '../../../src/modules/music';
import type { EventDto } from '../../../src/modules/events/dto/event.dto';
import type { QueueEntryDto } from '../../../src/modules/events/dto/queue-entry.dto';
import { BUNDLED_TRACKS, track } from '../../support/events-harness';
import { authHeader, httpAs, signedInUser, type SignedInUser } from '../../support/sessions';
import { type ClientSocket, connected, record, socketFor, subscribe, until } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';



const CODE = /^[34679ACDEFGHJKMNPQRTWXY]{6,8}$/;

describe(`party features over HTTP (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: SignedInUser;
  let guest: SignedInUser;
  let stranger: SignedInUser;

  beforeAll(async () => {
    t = await bootTestApp({ listen: true, env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_EVENT_CODE_PER_MINUTE: '0', PUBLIC_URL: 'https://party.example' } });
    [owner, guest, stranger] = [await signedInUser(t, 'owner'), await signedInUser(t, 'guest'), await signedInUser(t, 'stranger')];
  });
  afterAll(() => t?.close());

  const as = (user: SignedInUser) => httpAs(t, user);
  const createEvent = async (body: object = {}, by = owner): Promise<EventDto> =>
    (await as(by).post('/events', { name: 'Party', ...body }).expect(201)).body as EventDto;
  const playlistOf = async (by: SignedInUser, indexes: number[], visibility: 'public' | 'private' = 'private'): Promise<string> => {
    const tracks = t.app.get(Tracks, { strict: false });
    const trackIds: string[] = [];
    for (const i of indexes) trackIds.push((await tracks.resolve('bundled', BUNDLED_TRACKS[i])).id);
    return (await t.app.get(Playlists, { strict: false }).createFromTracks(by.id, { name: 'Seed', trackIds, visibility })).id;
  };

  describe('settings', () => {
    it('accepts the party settings on create and PATCH, returns them, and null restores the default', async () => {
      const fallbackPlaylistId = await playlistOf(owner, [0, 1]);
      const event = await createEvent({ fallbackPlaylistId, maxTrackDurationMs: 240_000, skipThreshold: 4, joinByLink: true });
      expect(event).toMatchObject({ fallbackPlaylistId, maxTrackDurationMs: 240_000, skipThreshold: 4, joinByLink: true });
      const patched = (await as(owner).patch(`/events/${event.id}`, { maxTrackDurationMs: null, skipThreshold: 2, joinByLink: false }).expect(200)).body;
      expect(patched).toMatchObject({ fallbackPlaylistId, maxTrackDurationMs: null, skipThreshold: 2, joinByLink: false, version: event.version + 1 });
      const cleared = (await as(owner).patch(`/events/${event.id}`, { fallbackPlaylistId: null, skipThreshold: null }).expect(200)).body;
      expect(cleared).toMatchObject({ fallbackPlaylistId: null, skipThreshold: null });
      expect((await as(owner).get(`/events/${event.id}`).expect(200)).body).toMatchObject({ fallbackPlaylistId: null, skipThreshold: null, joinByLink: false });
    });

    it.each([
      ['maxTrackDurationMs', 5],
      ['maxTrackDurationMs', 'long'],
      ['skipThreshold', 0],
      ['skipThreshold', 2.5],
      ['joinByLink', 'yes'],
      ['joinByLink', null],
      ['fallbackPlaylistId', 'not-a-uuid'],
    ])('refuses %s = %j with 400 naming the field', async (field, value) => {
      const res = await as(owner).post('/events', { name: 'Bad', [field]: value });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details).toContainEqual(expect.objectContaining({ field }));
    });
  });

  it('refuses a track longer than the maximum with 422 TRACK_TOO_LONG and the limit in details', async () => {
    const event = await createEvent({ maxTrackDurationMs: 130_000 });
    await as(owner).post(`/events/${event.id}/tracks`, track(0)).expect(201); // 2:05
    const res = await as(owner).post(`/events/${event.id}/tracks`, track(1)); // 2:17
    expectError(res, 422, 'TRACK_TOO_LONG');
    expect(res.body.details).toEqual({ maxTrackDurationMs: 130_000, durationMs: 137_000 });
    expect(((await as(owner).get(`/events/${event.id}`).expect(200)).body as EventDto).queue).toHaveLength(1);
  });

  describe('join by code', () => {
    it('gives every event a unique code without look-alikes, shown to those who see it', async () => {
      const events = await Promise.all(Array.from({ length: 8 }, () => createEvent()));
      const codes = events.map((e) => e.code);
      expect(codes.every((c) => CODE.test(c))).toBe(true);
      expect(new Set(codes).size).toBe(codes.length);
      expect(((await as(stranger).get(`/events/${events[0].id}`).expect(200)).body as EventDto).code).toBe(codes[0]);
    });

    it('joins a public event as a listener, whatever the case or dashes typed', async () => {
      const event = await createEvent();
      const typed = `${event.code.slice(0, 3).toLowerCase()}-${event.code.slice(3)}`;
      const preview = (await as(stranger).get(`/events/by-code/${typed}`).expect(200)).body;
      expect(preview).toMatchObject({ id: event.id, name: 'Party', code: event.code, joinsAs: 'listener', myRole: null, isListener: false });
      const joined = (await as(stranger).post(`/events/by-code/${typed}/join`).expect(200)).body as EventDto;
      expect(joined).toMatchObject({ id: event.id, isListener: true, myRole: null, listenerCount: 1, version: event.version + 1 });
      const again = (await as(stranger).post(`/events/by-code/${event.code}/join`).expect(200)).body as EventDto;
      expect(again).toMatchObject({ isListener: true, listenerCount: 1, version: event.version + 1 });
    });

    it('opens a private event only with joinByLink, and the joiner becomes a guest', async () => {
      const event = await createEvent({ visibility: 'private' });
      expectError(await as(stranger).get(`/events/by-code/${event.code}`), 404, 'NOT_FOUND');
      expectError(await as(stranger).post(`/events/by-code/${event.code}/join`), 404, 'NOT_FOUND');
      await as(owner).patch(`/events/${event.id}`, { joinByLink: true }).expect(200);
      expect((await as(stranger).get(`/events/by-code/${event.code}`).expect(200)).body).toMatchObject({ joinsAs: 'guest', visibility: 'private' });
      const joined = (await as(stranger).post(`/events/by-code/${event.code}/join`).expect(200)).body as EventDto;
      expect(joined).toMatchObject({ id: event.id, myRole: 'guest', canVote: true });
      expect((await as(stranger).get(`/events/${event.id}`).expect(200)).body).toMatchObject({ myRole: 'guest' });
      expect((await as(stranger).get(`/events/by-code/${event.code}`).expect(200)).body).toMatchObject({ joinsAs: 'already_in', myRole: 'guest' });
    });

    it('answers 404 to an unknown code and 400 to a malformed one', async () => {
      expectError(await as(stranger).get('/events/by-code/AAAAAAA'), 404, 'NOT_FOUND');
      const bad = await as(stranger).get('/events/by-code/O0I1L');
      expectError(bad, 400, 'VALIDATION_FAILED');
      expect(bad.body.details).toContainEqual(expect.objectContaining({ field: 'code' }));
    });

    it('lets only the owner regenerate the code, and the old one stops working', async () => {
      const event = await createEvent();
      await as(owner).post(`/events/${event.id}/code`).expect(200);
      const before = ((await as(owner).get(`/events/${event.id}`).expect(200)).body as EventDto).code;
      const renewed = (await as(owner).post(`/events/${event.id}/code`).expect(200)).body as EventDto;
      expect(renewed.code).toMatch(CODE);
      expect(renewed.code).not.toBe(before);
      expectError(await as(stranger).get(`/events/by-code/${before}`), 404, 'NOT_FOUND');
      expect((await as(stranger).get(`/events/by-code/${renewed.code}`).expect(200)).body).toMatchObject({ id: event.id });
      expectError(await as(stranger).post(`/events/${event.id}/code`), 403, 'FORBIDDEN');
    });

    it('serves a QR code of the join link that decodes to it', async () => {
      const event = await createEvent({ visibility: 'private' });
      const res = await as(owner).get(`/events/${event.id}/qr.svg`).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
      const { data, info } = await sharp(res.body as Buffer, { density: 300 }).resize(400, 400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`https://party.example/e/${event.code}`);
      expectError(await as(stranger).get(`/events/${event.id}/qr.svg`), 404, 'NOT_FOUND');
    });
  });

  describe('rate limit of code lookups', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_EVENT_CODE_PER_MINUTE: '3' } });
    });
    afterAll(() => limited?.close());

    it('answers 429 with Retry-After once a user has spent the budget, known codes or not', async () => {
      const user = await signedInUser(limited, 'guesser');
      const statuses: number[] = [];
      for (const code of ['AAAAAAA', 'CCCCCCC', 'DDDDDDD']) statuses.push((await limited.http.get(`/api/events/by-code/${code}`).set(...authHeader(user))).status);
      expect(statuses).toEqual([404, 404, 404]);
      const refused = await limited.http.post('/api/events/by-code/EEEEEEE/join').set(...authHeader(user));
      expectError(refused, 429, 'RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const other = await signedInUser(limited, 'other');
      expect((await limited.http.get('/api/events/by-code/AAAAAAA').set(...authHeader(other))).status).toBe(404);
    });
  });

  describe('seeding from a playlist', () => {
    it('proposes the tracks in order under the caller’s caps, counting duplicates and refusals', async () => {
      const event = await createEvent({ maxProposalsPerUser: 3, maxTrackDurationMs: 200_000 });
      await as(guest).post(`/events/${event.id}/join`).expect(204);
      await as(owner).post(`/events/${event.id}/tracks`, track(1)).expect(201);
      // 0 (2:05), 1 (already queued), 0 again, 4 (3:23, too long), 2, 7, 3 (over the cap of 3).
      const playlistId = await playlistOf(guest, [0, 1, 0, 4, 2, 7, 3]);
      const res = await as(guest).post(`/events/${event.id}/tracks/import`, { playlistId }).expect(200);
      const added = res.body.added as QueueEntryDto[];
      expect(added.map((e) => e.track.providerTrackId)).toEqual([BUNDLED_TRACKS[0], BUNDLED_TRACKS[2], BUNDLED_TRACKS[7]]);
      expect(added.every((e) => e.proposedBy?.id === guest.id)).toBe(true);
      expect(res.body.skipped).toEqual({ duplicates: 2, tooLong: 1, recentlyPlayed: 0, overLimit: 1 });
      const queue = ((await as(owner).get(`/events/${event.id}`).expect(200)).body as EventDto).queue;
      expect(queue.map((e) => e.track.providerTrackId)).toEqual([BUNDLED_TRACKS[1], BUNDLED_TRACKS[0], BUNDLED_TRACKS[2], BUNDLED_TRACKS[7]]);
    });

    it('needs a playlist the caller can read, and the licence to propose', async () => {
      const event = await createEvent();
      const hidden = await playlistOf(owner, [0]);
      expectError(await as(guest).post(`/events/${event.id}/tracks/import`, { playlistId: hidden }), 404, 'NOT_FOUND');
      const invitedOnly = await createEvent({ voteLicense: 'invited' });
      const mine = await playlistOf(guest, [0]);
      expectError(await as(guest).post(`/events/${invitedOnly.id}/tracks/import`, { playlistId: mine }), 403, 'NOT_INVITED');
      expectError(await as(guest).post(`/events/${event.id}/tracks/import`, { playlistId: 'nope' }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('crowd skip', () => {
    it('skips exactly once when concurrent votes reach the threshold, then starts over for the next track', async () => {
      const event = await createEvent({ skipThreshold: 3 });
      const voters = await Promise.all(Array.from({ length: 6 }, (_, i) => signedInUser(t, `voter${i}`)));
      for (const v of voters) await as(v).post(`/events/${event.id}/join`).expect(204);
      const first = (await as(owner).post(`/events/${event.id}/tracks`, track(0)).expect(201)).body as QueueEntryDto;
      const second = (await as(owner).post(`/events/${event.id}/tracks`, track(1)).expect(201)).body as QueueEntryDto;
      await as(owner).post(`/events/${event.id}/playback`, { action: 'play' }).expect(200);

      const answers = await Promise.all(voters.map((v) => as(v).put(`/events/${event.id}/playback/skip-vote`, { entryId: first.id })));
      const skipped = answers.filter((r) => r.status === 200 && r.body.skipped === true);
      expect(skipped).toHaveLength(1);
      // Votes after the skip name the old entry: refused instead of counting against the new track.
      expect(answers.every((r) => r.status === 200 || (r.status === 409 && (r.body.details as { reason: string }).reason === 'track_changed'))).toBe(true);
      const history = (await as(owner).get(`/events/${event.id}/history`).expect(200)).body.items as Array<{ id: string }>;
      expect(history.map((e) => e.id)).toEqual([first.id]);
      const view = (await as(owner).get(`/events/${event.id}`).expect(200)).body as EventDto;
      expect(view.nowPlaying).toMatchObject({ entryId: second.id, state: 'playing', controlledBy: null });
      expect((await as(voters[0]).get(`/events/${event.id}/playback/skip-vote`).expect(200)).body).toMatchObject({ votes: 0, threshold: 3, votedByMe: false });
    });

    it('broadcasts playback.changed with reason crowd_skip exactly once to everyone in the room', async () => {
      const event = await createEvent({ skipThreshold: 2 });
      const voters = await Promise.all(Array.from({ length: 4 }, (_, i) => signedInUser(t, `skipper${i}`)));
      for (const v of voters) await as(v).post(`/events/${event.id}/join`).expect(204);
      const first = (await as(owner).post(`/events/${event.id}/tracks`, track(0)).expect(201)).body as QueueEntryDto;
      const second = (await as(owner).post(`/events/${event.id}/tracks`, track(1)).expect(201)).body as QueueEntryDto;
      await as(owner).post(`/events/${event.id}/playback`, { action: 'play' }).expect(200);

      // The owner, two voting listeners and a stranger who only watches the public event.
      const sockets: ClientSocket[] = [owner, voters[0], voters[1], stranger].map((u) => socketFor(t.url, u.accessToken));
      try {
        await Promise.all(sockets.map((s) => connected(s)));
        const seen = sockets.map((s) => record(s, ['playback.changed', 'event.updated']));
        for (const s of sockets) expect(await subscribe(s, `event:${event.id}`)).toMatchObject({ ok: true });

        const answers = await Promise.all(voters.map((v) => as(v).put(`/events/${event.id}/playback/skip-vote`, { entryId: first.id })));
        expect(answers.filter((r) => r.status === 200 && r.body.skipped === true)).toHaveLength(1);
        // A change published after the skip: once every socket has it, every earlier frame has been delivered.
        await as(owner).patch(`/events/${event.id}`, { description: 'after the skip' }).expect(200);
        await until(() => seen.every((frames) => frames.some((f) => f.name === 'event.updated' && JSON.stringify(f.payload).includes('after the skip'))));

        for (const frames of seen) {
          const changes = frames.filter((f) => f.name === 'playback.changed').map((f) => f.payload);
          expect(changes).toHaveLength(1);
          expect(changes[0]).toMatchObject({
            room: `event:${event.id}`,
            reason: 'crowd_skip',
            playback: { entryId: second.id, state: 'playing', controlledBy: null, track: { providerTrackId: BUNDLED_TRACKS[1] } },
          });
        }
        // Every socket saw the same frame (one broadcast, one version).
        expect(new Set(seen.map((frames) => frames.find((f) => f.name === 'playback.changed')?.payload.version)).size).toBe(1);
      } finally {
        for (const s of sockets) s.close();
      }
    });

    it('counts one vote per person, withdraws it, and keeps to listeners and members under the licence', async () => {
      const event = await createEvent();
      await as(owner).post(`/events/${event.id}/tracks`, track(0)).expect(201);
      expectError(await as(guest).put(`/events/${event.id}/playback/skip-vote`), 403, 'FORBIDDEN');
      await as(guest).post(`/events/${event.id}/join`).expect(204);
      expectError(await as(guest).put(`/events/${event.id}/playback/skip-vote`), 409, 'CONFLICT');
      await as(owner).post(`/events/${event.id}/playback`, { action: 'play' }).expect(200);
      // Default threshold with nobody connected: 3.
      expect((await as(guest).put(`/events/${event.id}/playback/skip-vote`).expect(200)).body).toEqual({ votes: 1, threshold: 3, votedByMe: true, skipped: false });
      expect((await as(guest).put(`/events/${event.id}/playback/skip-vote`).expect(200)).body).toMatchObject({ votes: 1, votedByMe: true });
      expect((await as(guest).delete(`/events/${event.id}/playback/skip-vote`).expect(200)).body).toEqual({ votes: 0, threshold: 3, votedByMe: false, skipped: false });
      expect((await as(guest).delete(`/events/${event.id}/playback/skip-vote`).expect(200)).body).toMatchObject({ votes: 0 });

      const invitedOnly = await createEvent({ voteLicense: 'invited' });
      await as(owner).post(`/events/${invitedOnly.id}/tracks`, track(0)).expect(201);
      await as(owner).post(`/events/${invitedOnly.id}/playback`, { action: 'play' }).expect(200);
      await as(guest).post(`/events/${invitedOnly.id}/join`).expect(204);
      expectError(await as(guest).put(`/events/${invitedOnly.id}/playback/skip-vote`), 403, 'NOT_INVITED');
    });
  });

  describe('nearby public events', () => {
    it('lists public events with an area, nearest first, within the radius, page by page', async () => {
      const at = (lat: number, lng: number) => ({ geo: { lat, lng, radiusMeters: 500 } });
      const paris = await createEvent({ name: 'Paris', ...at(48.8566, 2.3522) });
      const versailles = await createEvent({ name: 'Versailles', ...at(48.8049, 2.1204) });
      const lyon = await createEvent({ name: 'Lyon', ...at(45.764, 4.8357) });
      await createEvent({ name: 'Hidden', visibility: 'private', ...at(48.8566, 2.3522) });
      await createEvent({ name: 'Nowhere' });
      const near = (q: string) => as(stranger).get(`/events?near=48.8570,2.3500&${q}`);

      const close = (await near('radiusKm=25').expect(200)).body as { items: Array<{ id: string; distanceMeters: number }> };
      expect(close.items.map((e) => e.id)).toEqual([paris.id, versailles.id]);
      expect(close.items[0].distanceMeters).toBeLessThan(300);
      expect(close.items[1].distanceMeters).toBeGreaterThan(15_000);
      expect(close.items[1].distanceMeters).toBeLessThan(20_000);

      const firstPage = (await near('radiusKm=500&limit=2').expect(200)).body as { items: Array<{ id: string }>; nextCursor: string };
      expect(firstPage.items.map((e) => e.id)).toEqual([paris.id, versailles.id]);
      const secondPage = (await near(`radiusKm=500&limit=2&cursor=${firstPage.nextCursor}`).expect(200)).body as { items: Array<{ id: string }> };
      expect(secondPage.items.map((e) => e.id)).toEqual([lyon.id]);
    });

    it.each([['near=91,0'], ['near=paris'], ['near=1,2&radiusKm=0'], ['near=1,2&radiusKm=9000']])('refuses %s with 400 naming the field', async (q) => {
      const res = await as(stranger).get(`/events?${q}`);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect((res.body.details as Array<{ field: string }>).map((d) => d.field)).toEqual([q.includes('radiusKm') ? 'radiusKm' : 'near']);
    });
  });
});
