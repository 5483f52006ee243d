import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DelegateDto } from '../../../src/modules/events/dto/delegate.dto';
import type { FriendDeviceDto } from '../../../src/modules/events/dto/friend-device.dto';
import type { IncomingDelegationDto } from '../../../src/modules/events/dto/incoming-delegation.dto';
import type { EventDto } from '../../../src/modules/events/dto/event.dto';
import { track } from '../../support/events-harness';
import { anotherDevice, httpAs, signedInUser, type SignedInUser } from '../../support/sessions';
import { type ClientSocket, connected, record, socketFor, subscribe, until } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';



describe(`Music Control Delegation per device (${databaseKind()})`, () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' }, listen: true });
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t?.close());

  const as = (user: SignedInUser) => httpAs(t, user);
  const befriend = async (a: SignedInUser, b: SignedInUser) => {
    await as(a).post('/friends/requests', { userId: b.id }).expect(201);
    await as(b).post('/friends/requests', { userId: a.id }).expect(200);
  };
  /** An owner with a queued track, a friend with a phone and a laptop, and a stranger. */
  const party = async (visibility: 'public' | 'private' = 'private') => {
    const owner = await signedInUser(t, 'owner');
    const phone = await signedInUser(t, 'friend');
    const laptop = await anotherDevice(t, phone, 'Chrome on macOS');
    const stranger = await signedInUser(t, 'stranger');
    await befriend(owner, phone);
    const event = (await as(owner).post('/events', { name: 'Party', visibility }).expect(201)).body as EventDto;
    await as(owner).post(`/events/${event.id}/tracks`, track(0)).expect(201);
    return { owner, phone, laptop, stranger, event };
  };
  const play = (user: SignedInUser, eventId: string) => as(user).post(`/events/${eventId}/playback`, { action: 'play' });
  const grant = (owner: SignedInUser, eventId: string, userId: string, body: object = {}) => as(owner).put(`/events/${eventId}/delegates/${userId}`, body);
  const delegates = async (owner: SignedInUser, eventId: string) => (await as(owner).get(`/events/${eventId}/delegates`).expect(200)).body as DelegateDto[];
  const watch = async (user: SignedInUser, eventId: string): Promise<ClientSocket> => {
    const socket = socketFor(t.url, user.accessToken);
    sockets.push(socket);
    await connected(socket);
    expect(await subscribe(socket, `event:${eventId}`)).toMatchObject({ ok: true });
    return socket;
  };

  it('delegates to a friend on all devices by default; the friend sees the private event and the grant', async () => {
    const { owner, phone, laptop, event } = await party();
    const granted = await grant(owner, event.id, phone.id).expect(200);
    expect(granted.body).toEqual({ user: expect.objectContaining({ id: phone.id }), allDevices: true, devices: [], grantedAt: expect.any(String) });
    expect((await as(laptop).get(`/events/${event.id}`).expect(200)).body.canControlPlayback).toBe(true);
    expect((await play(laptop, event.id).expect(200)).body).toMatchObject({ state: 'playing', controlledBy: { id: phone.id } });
    const incoming = (await as(phone).get('/delegations').expect(200)).body as IncomingDelegationDto[];
    expect(incoming).toEqual([
      { event: { id: event.id, name: 'Party' }, grantedBy: expect.objectContaining({ id: owner.id }), allDevices: true, devices: [], grantedAt: expect.any(String) },
    ]);
  });

  it('refuses a non-friend (403 NOT_FRIENDS) but accepts a host; only the owner grants', async () => {
    const { owner, phone, stranger, event } = await party();
    expectError(await grant(owner, event.id, stranger.id), 403, 'NOT_FRIENDS');
    expect(await delegates(owner, event.id)).toEqual([]);
    expectError(await play(stranger, event.id), 404, 'NOT_FOUND');
    const invitation = await as(owner).post(`/events/${event.id}/invitations`, { userId: stranger.id, role: 'host' }).expect(201);
    await as(stranger).post(`/invitations/${invitation.body.id as string}/accept`).expect(200);
    await grant(owner, event.id, stranger.id).expect(200);
    expectError(await grant(stranger, event.id, phone.id), 403, 'FORBIDDEN');
    expectError(await grant(owner, event.id, owner.id), 409, 'CONFLICT');
    expectError(await grant(owner, event.id, '00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });

  it('binds a grant to chosen devices: another device of the delegate gets 403 DEVICE_NOT_DELEGATED', async () => {
    const { owner, phone, laptop, stranger, event } = await party();
    const granted = await grant(owner, event.id, phone.id, { devices: [phone.sessionId] }).expect(200);
    expect(granted.body).toMatchObject({ allDevices: false, devices: [{ id: phone.sessionId, deviceName: null, platform: 'test' }] });
    expectError(await play(laptop, event.id), 403, 'DEVICE_NOT_DELEGATED');
    expect((await as(laptop).get(`/events/${event.id}`).expect(200)).body.canControlPlayback).toBe(false);
    await play(phone, event.id).expect(200);
    expectError(await grant(owner, event.id, phone.id, { devices: [stranger.sessionId] }), 400, 'VALIDATION_FAILED');
    for (const devices of [[], 'some', ['nope'], [phone.sessionId, phone.sessionId]]) {
      expectError(await grant(owner, event.id, phone.id, { devices }), 400, 'VALIDATION_FAILED');
    }
    expect((await delegates(owner, event.id))[0].devices.map((d) => d.id)).toEqual([phone.sessionId]);
  });

  it('lists a friend’s devices to the owner, who grants chosen ones; refuses everyone else', async () => {
    const { owner, phone, laptop, stranger, event } = await party();
    const devicesOf = (caller: SignedInUser, userId: string) => as(caller).get(`/events/${event.id}/delegates/${userId}/devices`);
    const listed = (await devicesOf(owner, phone.id).expect(200)).body as FriendDeviceDto[];
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(
      expect.arrayContaining([
        { id: phone.sessionId, platform: 'test', deviceName: null, lastSeenAt: expect.any(String), delegated: false },
        { id: laptop.sessionId, platform: 'test', deviceName: 'Chrome on macOS', lastSeenAt: expect.any(String), delegated: false },
      ]),
    );
    // Nothing about the session beyond what the owner needs to choose (no IP, user agent, app version or tokens).
    expect(Object.keys(listed[0]).sort()).toEqual(['delegated', 'deviceName', 'id', 'lastSeenAt', 'platform']);

    await grant(owner, event.id, phone.id, { devices: [listed.find((d) => d.deviceName === 'Chrome on macOS')!.id] }).expect(200);
    const after = (await devicesOf(owner, phone.id).expect(200)).body as FriendDeviceDto[];
    expect(after.map((d) => [d.id, d.delegated]).sort()).toEqual([[laptop.sessionId, true], [phone.sessionId, false]].sort());
    await play(laptop, event.id).expect(200);
    expectError(await play(phone, event.id), 403, 'DEVICE_NOT_DELEGATED');
    await grant(owner, event.id, phone.id, { devices: 'all' }).expect(200);
    expect(((await devicesOf(owner, phone.id).expect(200)).body as FriendDeviceDto[]).every((d) => d.delegated)).toBe(true);

    // A signed-out device leaves the list.
    await as(phone).delete(`/auth/sessions/${laptop.sessionId}`).expect(204);
    expect(((await devicesOf(owner, phone.id).expect(200)).body as FriendDeviceDto[]).map((d) => d.id)).toEqual([phone.sessionId]);

    expectError(await devicesOf(owner, stranger.id), 403, 'NOT_FRIENDS');
    expectError(await devicesOf(owner, '00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expectError(await devicesOf(owner, owner.id), 409, 'CONFLICT');
    expectError(await devicesOf(phone, owner.id), 403, 'FORBIDDEN');
    expectError(await devicesOf(stranger, phone.id), 404, 'NOT_FOUND');
    expectError(await devicesOf(owner, 'nope'), 400, 'VALIDATION_FAILED');

    // A host who is not a friend may be delegated to, so the owner sees their devices too.
    const invitation = await as(owner).post(`/events/${event.id}/invitations`, { userId: stranger.id, role: 'host' }).expect(201);
    await as(stranger).post(`/invitations/${invitation.body.id as string}/accept`).expect(200);
    expect(((await devicesOf(owner, stranger.id).expect(200)).body as FriendDeviceDto[]).map((d) => d.id)).toEqual([stranger.sessionId]);
    expectError(await devicesOf(stranger, phone.id), 403, 'FORBIDDEN');
  });

  it('lets the delegate narrow a grant to some devices but never widen it, broadcasting each change', async () => {
    const { owner, phone, laptop, event } = await party();
    await grant(owner, event.id, phone.id).expect(200);
    const seen = record(await watch(owner, event.id), ['members.changed']);
    const narrowed = await as(laptop).put(`/delegations/${event.id}`, { devices: [phone.sessionId] }).expect(200);
    expect(narrowed.body).toMatchObject({ allDevices: false, devices: [{ id: phone.sessionId }] });
    expectError(await play(laptop, event.id), 403, 'DEVICE_NOT_DELEGATED');
    expectError(await as(phone).put(`/delegations/${event.id}`, { devices: 'all' }), 403, 'DEVICE_NOT_DELEGATED');
    expectError(await as(phone).put(`/delegations/${event.id}`, { devices: [laptop.sessionId] }), 403, 'DEVICE_NOT_DELEGATED');
    expectError(await as(owner).put(`/delegations/${event.id}`, { devices: 'all' }), 404, 'NOT_FOUND');
    await until(() => seen.length === 1);
    expect(seen[0].payload).toMatchObject({ userId: phone.id, isDelegate: true });
    await as(phone).delete(`/delegations/${event.id}`).expect(204);
    expect(await delegates(owner, event.id)).toEqual([]);
    expectError(await play(phone, event.id), 404, 'NOT_FOUND');
  });

  it('takes control away from a revoked session at once, and ends a grant whose last device signs out', async () => {
    const { owner, phone, laptop, event } = await party();
    await grant(owner, event.id, phone.id, { devices: [phone.sessionId, laptop.sessionId] }).expect(200);
    const seen = record(await watch(owner, event.id), ['members.changed']);
    await as(laptop).delete(`/auth/sessions/${phone.sessionId}`).expect(204);
    expectError(await play(phone, event.id), 401, 'UNAUTHENTICATED');
    await until(() => seen.length === 1);
    expect((await delegates(owner, event.id))[0].devices.map((d) => d.id)).toEqual([laptop.sessionId]);
    await play(laptop, event.id).expect(200);

    const other = await anotherDevice(t, phone, 'iPad');
    await as(other).delete(`/auth/sessions/${laptop.sessionId}`).expect(204);
    await until(() => seen.length === 2);
    expect(seen[1].payload).toMatchObject({ userId: phone.id, isDelegate: false });
    expect(await delegates(owner, event.id)).toEqual([]);
  });

  it('ends grants when the friendship ends and when the owner revokes, broadcasting each', async () => {
    const { owner, phone, event } = await party();
    await grant(owner, event.id, phone.id).expect(200);
    const seen = record(await watch(owner, event.id), ['members.changed']);
    await as(phone).delete(`/friends/${owner.id}`).expect(204);
    await until(() => seen.length === 1);
    expect(seen[0].payload).toMatchObject({ userId: phone.id, isDelegate: false });
    expectError(await play(phone, event.id), 404, 'NOT_FOUND');

    await befriend(owner, phone);
    await grant(owner, event.id, phone.id).expect(200);
    await as(owner).delete(`/events/${event.id}/delegates/${phone.id}`).expect(204);
    await until(() => seen.length === 3);
    expect(seen[2].payload).toMatchObject({ userId: phone.id, isDelegate: false });
    expect(await delegates(owner, event.id)).toEqual([]);
    await as(owner).delete(`/events/${event.id}/delegates/${phone.id}`).expect(204);
    expectError(await as(phone).delete(`/events/${event.id}/delegates/${phone.id}`), 404, 'NOT_FOUND');
  });

  it('chooses the player device among the caller’s own sessions and shows it; a revoked or de-delegated player is dropped', async () => {
    const { owner, phone, laptop, stranger, event } = await party('public');
    const ownerTablet = await anotherDevice(t, owner, 'iPad');
    const seen = record(await watch(stranger, event.id), ['player.changed']);
    const set = await as(owner).put(`/events/${event.id}/player`, { sessionId: ownerTablet.sessionId }).expect(200);
    expect(set.body).toEqual({ userId: owner.id, deviceName: 'iPad', platform: 'test' });
    expect((await as(ownerTablet).get(`/events/${event.id}`).expect(200)).body).toMatchObject({ player: set.body, isPlayer: true });
    expect((await as(owner).get(`/events/${event.id}`).expect(200)).body.isPlayer).toBe(false);
    await until(() => seen.length === 1);

    expectError(await as(owner).put(`/events/${event.id}/player`, { sessionId: phone.sessionId }), 404, 'NOT_FOUND');
    expectError(await as(stranger).put(`/events/${event.id}/player`, { sessionId: stranger.sessionId }), 403, 'FORBIDDEN');
    await grant(owner, event.id, phone.id, { devices: [phone.sessionId] }).expect(200);
    expectError(await as(phone).put(`/events/${event.id}/player`, { sessionId: laptop.sessionId }), 403, 'DEVICE_NOT_DELEGATED');
    await as(phone).put(`/events/${event.id}/player`, { sessionId: phone.sessionId }).expect(200);
    await until(() => seen.length === 2);

    await as(owner).delete(`/events/${event.id}/delegates/${phone.id}`).expect(204);
    await until(() => seen.length === 3);
    expect(seen[2].payload).toMatchObject({ player: null });
    expect((await as(owner).get(`/events/${event.id}`).expect(200)).body.player).toBeNull();

    await as(owner).put(`/events/${event.id}/player`, { sessionId: ownerTablet.sessionId }).expect(200);
    await as(owner).delete(`/auth/sessions/${ownerTablet.sessionId}`).expect(204);
    await until(() => seen.length === 5);
    expect(seen[4].payload).toMatchObject({ player: null });
    expectError(await as(owner).put(`/events/${event.id}/player`, { sessionId: 'nope' }), 400, 'VALIDATION_FAILED');
  });
});
