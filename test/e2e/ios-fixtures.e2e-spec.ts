import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../src/common/time/clock';
import { makeAccount } from '../support/account-factory';
import { STRONG_PASSWORD } from '../support/auth-client';
import { BUNDLED_TRACKS, LYON, nearParis, PARIS } from '../support/events-harness';
import { IosFixtureRecorder } from '../support/ios-fixtures';
import { connected, socketFor, until, type ClientSocket } from '../support/socket-client';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Records what the iOS app decodes, from a real backend: REST bodies, error bodies and socket frames, into
 * client-ios/Tests/MusicRoomKitTests/Fixtures. Fails when the committed files differ from what the API sends
 * today; `WRITE_IOS_FIXTURES=1` rewrites them (then run `npm run check:ios`).
 */
describe('iOS fixtures', () => {
  let t: TestApp;
  const fixtures = new IosFixtureRecorder();
  const sockets: ClientSocket[] = [];
  const ios = { 'X-Client-Platform': 'ios', 'X-Client-Device': 'iPhone 15', 'X-Client-App-Version': '1.0.0' };

  beforeAll(async () => {
    t = await bootTestApp({ listen: true, env: { RATE_LIMIT_AUTH_PER_MINUTE: '3' } });
    // Positions of the playing track are computed from this clock: frozen, they are the same on every run.
    const clock = t.app.get(Clock, { strict: false });
    const frozen = new Date();
    clock.now = () => frozen;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  type Call = { status: number; body: unknown; headers: Record<string, string> };
  const call = async (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, token: string | null, body?: object): Promise<Call> => {
    let request = t.http[method](`/api${path}`).set(ios);
    if (token) request = request.set('Authorization', `Bearer ${token}`);
    const res = body === undefined ? await request : await request.send(body);
    return { status: res.status, body: res.body as unknown, headers: res.headers };
  };
  const ok = async (method: Parameters<typeof call>[0], path: string, token: string | null, body?: object, status = 200) => {
    const res = await call(method, path, token, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as Record<string, unknown> & { id: string };
  };

  async function account(name: string): Promise<{ id: string; email: string }> {
    const made = await makeAccount(t, { name, email: `${name}@example.test`, password: STRONG_PASSWORD });
    return { id: made.id, email: made.email };
  }

  function socket(token: string) {
    const s = socketFor(t.url, token);
    sockets.push(s);
    const seen: Array<{ name: string; payload: unknown }> = [];
    s.onAny((name: string, payload: unknown) => void seen.push({ name, payload }));
    const next = async (name: string) => {
      await until(() => seen.some((f) => f.name === name));
      const index = seen.findIndex((f) => f.name === name);
      return seen.splice(index, 1)[0].payload;
    };
    return { s, seen, next };
  }

  it('records every response, error and frame the app decodes, and they match the committed fixtures', async () => {
    const [alice, bob, carol] = [await account('Alice'), await account('Bob'), await account('Carol')];
    const session = await ok('post', '/auth/login', null, { email: alice.email, password: STRONG_PASSWORD });
    fixtures.response('rest/session.json', 'Session', session);
    const a = session.accessToken as string;
    const b = (await ok('post', '/auth/login', null, { email: bob.email, password: STRONG_PASSWORD })).accessToken as string;
    const c = (await ok('post', '/auth/login', null, { email: carol.email, password: STRONG_PASSWORD })).accessToken as string;

    fixtures.response('rest/me.json', 'Me', await ok('patch', '/users/me', a, {
      bio: 'Plays records.',
      musicPreferences: { genres: ['jazz'], artists: ['Kevin MacLeod'] },
      visibility: { bio: 'friends', location: 'private' },
    }));
    fixtures.response('rest/identities.json', 'Identity', await ok('get', '/auth/identities', a));
    fixtures.response('rest/sessions.json', 'DeviceSession', await ok('get', '/auth/sessions', a));
    fixtures.response('rest/avatar-url.json', 'AvatarURL', await ok('delete', '/users/me/avatar', a));
    fixtures.response('rest/user-cards.json', 'UserCardPage', await ok('get', '/users?search=Bob', a));
    fixtures.response('rest/profile.json', 'Profile', await ok('get', `/users/${bob.id}`, a));

    // Friends, with the notifications each side gets.
    const aliceLive = socket(a);
    const bobLive = socket(b);
    await Promise.all([connected(aliceLive.s), connected(bobLive.s)]);
    fixtures.response('rest/friend-request.json', 'FriendRequest', await ok('post', '/friends/requests', b, { userId: alice.id }, 201));
    fixtures.frame('socket/notification.friend-request.json', 'NotificationFrame', 'notification', await aliceLive.next('notification'));
    const incoming = await ok('get', '/friends/requests?direction=incoming', a);
    fixtures.response('rest/friend-requests.json', 'FriendRequestPage', incoming);
    const requestId = (incoming.items as Array<{ id: string }>)[0].id;
    fixtures.response('rest/friendship.json', 'Friendship', await ok('post', `/friends/requests/${requestId}/accept`, a));
    fixtures.frame('socket/notification.friend-accepted.json', 'NotificationFrame', 'notification', await bobLive.next('notification'));
    fixtures.response('rest/friends.json', 'FriendPage', await ok('get', '/friends', a));

    // Music.
    fixtures.response('rest/providers.json', 'MusicProvider', await ok('get', '/music/providers', a));
    fixtures.response('rest/search.json', 'SearchResult', await ok('get', '/music/search?q=kevin&provider=bundled&limit=3', a));

    // An event with an area and a time window; Alice follows its room.
    const now = Date.now();
    const window = { startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() };
    const event = await ok('post', '/events', a, { name: 'Rooftop', description: 'Bring headphones', geo: { ...PARIS, radiusMeters: 500 }, window }, 201);
    const room = `event:${event.id}`;
    const subscribed: unknown = await aliceLive.s.emitWithAck('subscribe', { room });
    fixtures.ack('socket/subscribe.ack.json', 'SubscribeAck', 'subscribe', 0, subscribed);
    fixtures.frame('socket/presence.json', 'PresenceFrame', 'presence', await aliceLive.next('presence'));

    const carolLive = socket(c);
    await connected(carolLive.s);
    await ok('post', `/events/${event.id}/invitations`, a, { userId: carol.id, role: 'guest' }, 201);
    fixtures.frame('socket/notification.invitation.json', 'NotificationFrame', 'notification', await carolLive.next('notification'));
    const invitations = await ok('get', '/invitations', c);
    fixtures.response('rest/invitations.json', 'InvitationPage', invitations);
    const invitationId = (invitations.items as Array<{ id: string }>)[0].id;
    fixtures.response('rest/invitation-response.json', 'InvitationResponse', await ok('post', `/invitations/${invitationId}/accept`, c));
    fixtures.frame('socket/members.changed.json', 'MembersChangedFrame', 'members.changed', await aliceLive.next('members.changed'));

    const here = nearParis(50);
    const first = await ok('post', `/events/${event.id}/tracks`, a, { provider: 'bundled', providerTrackId: BUNDLED_TRACKS[0], location: here }, 201);
    fixtures.response('rest/queue-entry.json', 'QueueEntry', first);
    fixtures.frame('socket/queue.track_added.json', 'QueueTrackAddedFrame', 'queue.track_added', await aliceLive.next('queue.track_added'));
    const second = await ok('post', `/events/${event.id}/tracks`, c, { provider: 'bundled', providerTrackId: BUNDLED_TRACKS[1], location: here }, 201);
    await aliceLive.next('queue.track_added');
    fixtures.response('rest/vote-result.json', 'VoteResult', await ok('put', `/events/${event.id}/tracks/${second.id}/vote`, c, { location: here }));
    fixtures.frame('socket/queue.vote_changed.json', 'QueueVoteChangedFrame', 'queue.vote_changed', await aliceLive.next('queue.vote_changed'));

    const noLocation = await call('put', `/events/${event.id}/tracks/${first.id}/vote`, c, {});
    fixtures.response('errors/location-required.json', 'ErrorBody', noLocation.body);
    const farAway = await call('put', `/events/${event.id}/tracks/${first.id}/vote`, c, { location: LYON });
    fixtures.response('errors/vote-outside-area.json', 'ErrorBody', farAway.body);
    expect([noLocation.status, farAway.status]).toEqual([400, 403]);

    fixtures.response('rest/playback.json', 'Playback', await ok('post', `/events/${event.id}/playback`, a, { action: 'play' }));
    fixtures.frame('socket/playback.changed.json', 'PlaybackChangedFrame', 'playback.changed', await aliceLive.next('playback.changed'));
    const forbidden = await call('post', `/events/${event.id}/playback`, b, { action: 'pause' });
    fixtures.response('errors/forbidden.json', 'ErrorBody', forbidden.body);
    expect(forbidden.status).toBe(403);

    const code = (await ok('get', `/events/${event.id}`, a)).code as string;
    fixtures.response('rest/event-preview.json', 'EventPreview', await ok('get', `/events/by-code/${code}`, b));
    fixtures.response('rest/skip-votes.json', 'SkipVotes', await ok('put', `/events/${event.id}/playback/skip-vote`, c, { location: here }));
    await ok('delete', `/events/${event.id}/playback/skip-vote`, c, {});
    await aliceLive.next('playback.skip_votes_changed');
    fixtures.frame('socket/playback.skip_votes_changed.json', 'SkipVotesChangedFrame', 'playback.skip_votes_changed', await aliceLive.next('playback.skip_votes_changed'));


    // Playback control goes to a friend (Bob), on his phone only; Alice's phone plays the audio.
    const current = async (token: string) => ((await ok('get', '/auth/sessions', token)) as unknown as Array<{ id: string; current: boolean }>).find((d) => d.current);
    const bobPhoneId = (await current(b))?.id;
    await ok('put', `/events/${event.id}/delegates/${bob.id}`, a, { devices: [bobPhoneId] });
    fixtures.response('rest/delegates.json', 'Delegate', await ok('get', `/events/${event.id}/delegates`, a));
    fixtures.response('rest/delegations.json', 'IncomingDelegation', await ok('get', '/delegations', b));
    const aliceDevice = await current(a);
    fixtures.response('rest/player.json', 'Player', await ok('put', `/events/${event.id}/player`, a, { sessionId: aliceDevice?.id }));
    fixtures.response('rest/event.json', 'Event', await ok('get', `/events/${event.id}`, a));
    fixtures.response('rest/events-page.json', 'EventPage', await ok('get', '/events?scope=mine', a));

    await ok('patch', `/events/${event.id}`, a, { description: 'Bring friends' });
    fixtures.frame('socket/event.updated.json', 'EventUpdatedFrame', 'event.updated', await aliceLive.next('event.updated'));
    const playing = (await ok('get', `/events/${event.id}`, a)).nowPlaying as { entryId: string };
    await ok('post', `/events/${event.id}/playback`, a, { action: 'next', fromEntryId: playing.entryId });
    fixtures.response('rest/history.json', 'HistoryPage', await ok('get', `/events/${event.id}/history`, a));
    fixtures.response('rest/exported-playlist.json', 'ExportedPlaylist', await ok('post', `/events/${event.id}/history/export`, a, { name: 'Rooftop night' }, 201));

    const third = await ok('post', `/events/${event.id}/tracks`, c, { provider: 'bundled', providerTrackId: BUNDLED_TRACKS[2], location: here }, 201);
    await until(() => aliceLive.seen.some((f) => f.name === 'queue.track_added' && JSON.stringify(f.payload).includes(third.id)));
    await ok('delete', `/events/${event.id}/tracks/${third.id}`, c, undefined, 204);
    const removed = await aliceLive.next('queue.track_removed');
    fixtures.frame('socket/queue.track_removed.json', 'QueueTrackRemovedFrame', 'queue.track_removed', removed);

    // A playlist edited live.
    const playlist = await ok('post', '/playlists', a, { name: 'Sunday', editLicense: 'everyone' }, 201);
    await aliceLive.s.emitWithAck('subscribe', { room: `playlist:${playlist.id}` });
    const one = await ok('post', `/playlists/${playlist.id}/tracks`, a, { provider: 'bundled', providerTrackId: BUNDLED_TRACKS[3] }, 201);
    fixtures.response('rest/playlist-entry.json', 'PlaylistEntry', one);
    fixtures.frame('socket/playlist.track_added.json', 'PlaylistTrackAddedFrame', 'playlist.track_added', await aliceLive.next('playlist.track_added'));
    const two = await ok('post', `/playlists/${playlist.id}/tracks`, a, { provider: 'bundled', providerTrackId: BUNDLED_TRACKS[4] }, 201);
    await aliceLive.next('playlist.track_added');
    await ok('patch', `/playlists/${playlist.id}/tracks/${two.id}`, a, { afterEntryId: null });
    fixtures.frame('socket/playlist.track_moved.json', 'PlaylistTrackMovedFrame', 'playlist.track_moved', await aliceLive.next('playlist.track_moved'));
    await ok('patch', `/playlists/${playlist.id}`, a, { description: 'Slow songs' });
    fixtures.frame('socket/playlist.updated.json', 'PlaylistUpdatedFrame', 'playlist.updated', await aliceLive.next('playlist.updated'));
    fixtures.response('rest/playlist.json', 'Playlist', await ok('get', `/playlists/${playlist.id}`, a));
    fixtures.response('rest/playlists-page.json', 'PlaylistPage', await ok('get', '/playlists?scope=mine', a));
    await ok('delete', `/playlists/${playlist.id}/tracks/${one.id}`, a, undefined, 204);
    fixtures.frame('socket/playlist.track_removed.json', 'PlaylistTrackRemovedFrame', 'playlist.track_removed', await aliceLive.next('playlist.track_removed'));
    await ok('delete', `/playlists/${playlist.id}`, a, undefined, 204);
    fixtures.frame('socket/room.deleted.json', 'RoomDeletedFrame', 'playlist.deleted', await aliceLive.next('playlist.deleted'));

    // Errors the client maps: validation, expired or missing token, rate limit (with Retry-After).
    fixtures.response('errors/validation-failed.json', 'ErrorBody', (await call('post', '/auth/login', null, { email: 'not-an-email' })).body);
    fixtures.response('errors/unauthenticated.json', 'ErrorBody', (await call('get', '/users/me', null)).body);
    fixtures.response('errors/not-found-event.json', 'ErrorBody', (await call('get', `/events/${randomUUID()}`, a)).body);
    fixtures.response('rest/accepted.json', 'Accepted', await ok('post', '/auth/forgot-password', null, { email: bob.email }, 202));
    let limited: Call | undefined;
    for (let i = 0; i < 5 && !limited; i++) {
      const res = await call('post', '/auth/forgot-password', null, { email: bob.email });
      if (res.status === 429) limited = res;
    }
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/);
    fixtures.response('errors/rate-limited.json', 'ErrorBody', limited?.body);

    // Signing a device out ends its socket with session.ended.
    const bobSession = await ok('post', '/auth/login', null, { email: bob.email, password: STRONG_PASSWORD });
    const bobPhone = socket(bobSession.accessToken as string);
    await connected(bobPhone.s);
    await ok('post', '/auth/logout', null, { refreshToken: bobSession.refreshToken }, 204);
    fixtures.frame('socket/session.ended.json', 'SessionEndedFrame', 'session.ended', await bobPhone.next('session.ended'));

    if (process.env.WRITE_IOS_FIXTURES === '1') fixtures.write();
    expect(fixtures.staleness(), 'iOS fixtures are stale: run WRITE_IOS_FIXTURES=1 npx vitest run test/e2e/ios-fixtures.e2e-spec.ts').toEqual([]);
  });
});
