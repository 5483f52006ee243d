import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventMembersDto } from '../../../src/modules/events/dto/event-members.dto';
import type { EventDto } from '../../../src/modules/events/dto/event.dto';
import { httpAs, signedInUser, type SignedInUser } from '../../support/sessions';
import { type ClientSocket, connected, record, socketFor, subscribe, until } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError } from '../../support/expect-error';



describe(`event members (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: SignedInUser;
  let host: SignedInUser;
  let guest: SignedInUser;
  let other: SignedInUser;
  let stranger: SignedInUser;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' }, listen: true });
    [owner, host, guest, other, stranger] = [
      await signedInUser(t, 'owner'),
      await signedInUser(t, 'host'),
      await signedInUser(t, 'guest'),
      await signedInUser(t, 'other'),
      await signedInUser(t, 'stranger'),
    ];
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t?.close());

  const as = (user: SignedInUser) => httpAs(t, user);

  const createEvent = async (body: object = {}): Promise<EventDto> => (await as(owner).post('/events', { name: 'Party', visibility: 'private', ...body }).expect(201)).body as EventDto;
  const invite = async (eventId: string, user: SignedInUser, role: 'guest' | 'host' = 'guest', by = owner): Promise<string> =>
    (await as(by).post(`/events/${eventId}/invitations`, { userId: user.id, role }).expect(201)).body.id as string;
  const makeMember = async (eventId: string, user: SignedInUser, role: 'guest' | 'host' = 'guest'): Promise<void> => {
    await as(user).post(`/invitations/${await invite(eventId, user, role)}/accept`).expect(200);
  };
  const roster = async (eventId: string, by = owner): Promise<EventMembersDto> => (await as(by).get(`/events/${eventId}/members`).expect(200)).body as EventMembersDto;
  const roleOf = (members: EventMembersDto, user: SignedInUser) => members.members.find((m) => m.user.id === user.id)?.role;
  const version = async (eventId: string) => (await as(owner).get(`/events/${eventId}`).expect(200)).body.version as number;
  const subscribed = async (user: SignedInUser, eventId: string): Promise<ClientSocket> => {
    const socket = socketFor(t.url, user.accessToken);
    sockets.push(socket);
    await connected(socket);
    expect(await subscribe(socket, `event:${eventId}`)).toMatchObject({ ok: true });
    return socket;
  };

  it('lists the owner, hosts and guests with their role and the listener count; invitations for owner and hosts only', async () => {
    const event = await createEvent({ visibility: 'public' });
    await makeMember(event.id, host, 'host');
    await makeMember(event.id, guest);
    const pending = await invite(event.id, other);
    await as(stranger).post(`/events/${event.id}/join`).expect(204);

    const seenByOwner = await roster(event.id);
    expect(seenByOwner.members.map((m) => [m.user.id, m.role, m.isDelegate])).toEqual([
      [owner.id, 'owner', false],
      [host.id, 'host', false],
      [guest.id, 'guest', false],
    ]);
    expect(seenByOwner.listenerCount).toBe(1);
    expect(seenByOwner.invitations).toEqual([
      { id: pending, invitee: expect.objectContaining({ id: other.id }), role: 'guest', invitedBy: expect.objectContaining({ id: owner.id }), createdAt: expect.any(String) },
    ]);
    expect(seenByOwner.version).toBe(await version(event.id));
    expect((await roster(event.id, host)).invitations).toHaveLength(1);
    expect((await roster(event.id, guest)).invitations).toBeNull();
    expect((await roster(event.id, stranger)).invitations).toBeNull();
  });

  it('pages the roster with ?limit and ?cursor: the owner first, then hosts, guests and delegates, each once', async () => {
    const event = await createEvent({ visibility: 'public' });
    await makeMember(event.id, guest);
    await makeMember(event.id, host, 'host');
    await makeMember(event.id, other);
    const everyone = [owner.id, host.id, guest.id, other.id];
    const first = await roster(event.id);
    expect(first.items.map((m) => m.user.id)).toEqual(everyone);
    expect(first.nextCursor).toBeNull();
    expect(first.members).toEqual(first.items);

    for (const limit of [1, 2, 3]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const query: string = cursor ? `limit=${limit}&cursor=${cursor}` : `limit=${limit}`;
        const page = (await as(guest).get(`/events/${event.id}/members?${query}`).expect(200)).body as EventMembersDto;
        expect(page.items.length).toBeLessThanOrEqual(limit);
        expect(page.listenerCount).toBe(0);
        seen.push(...page.items.map((m) => m.user.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen, `limit ${limit}`).toEqual(everyone);
    }
    for (const bad of ['limit=0', 'limit=101', 'limit=two', 'cursor=nope', `cursor=${Buffer.from('[9,"2026-01-01T00:00:00.000Z","x"]').toString('base64url')}`]) {
      expectError(await as(owner).get(`/events/${event.id}/members?${bad}`), 400, 'VALIDATION_FAILED');
    }
  });

  it('hides the members of a private event from non-members (404)', async () => {
    const event = await createEvent();
    expectError(await as(stranger).get(`/events/${event.id}/members`), 404, 'NOT_FOUND');
    expectError(await as(stranger).get('/events/00000000-0000-4000-8000-000000000000/members'), 404, 'NOT_FOUND');
    expectError(await as(stranger).get('/events/nope/members'), 400, 'VALIDATION_FAILED');
  });

  it('lets the owner and hosts cancel a guest invitation, bumping the version and broadcasting members.changed', async () => {
    const event = await createEvent();
    await makeMember(event.id, host, 'host');
    const socket = await subscribed(owner, event.id);
    const seen = record(socket, ['members.changed']);
    const before = await version(event.id);
    const invitation = await invite(event.id, other);

    await as(host).delete(`/events/${event.id}/invitations/${invitation}`).expect(204);

    const inbox = (await as(other).get('/invitations').expect(200)).body.items as Array<{ id: string }>;
    expect(inbox.map((i) => i.id)).not.toContain(invitation);
    expect((await roster(event.id)).invitations).toEqual([]);
    expect(await version(event.id)).toBe(before + 1);
    await until(() => seen.length === 1);
    expect(seen[0].payload).toMatchObject({ room: `event:${event.id}`, userId: other.id, role: null, version: before + 1 });
    expectError(await as(other).post(`/invitations/${invitation}/accept`), 404, 'NOT_FOUND');
    expectError(await as(host).delete(`/events/${event.id}/invitations/${invitation}`), 404, 'NOT_FOUND');
  });

  it('refuses to cancel for guests, a host invitation for hosts, and an invitation of another event', async () => {
    const event = await createEvent();
    const elsewhere = await createEvent();
    await makeMember(event.id, host, 'host');
    await makeMember(event.id, guest);
    const hostInvitation = await invite(event.id, other, 'host');
    const otherEventInvitation = await invite(elsewhere.id, stranger);
    expectError(await as(guest).delete(`/events/${event.id}/invitations/${hostInvitation}`), 403, 'FORBIDDEN');
    expectError(await as(host).delete(`/events/${event.id}/invitations/${hostInvitation}`), 403, 'FORBIDDEN');
    expectError(await as(owner).delete(`/events/${event.id}/invitations/${otherEventInvitation}`), 404, 'NOT_FOUND');
    expectError(await as(stranger).delete(`/events/${event.id}/invitations/${hostInvitation}`), 404, 'NOT_FOUND');
    expect((await roster(event.id)).invitations?.map((i) => i.id)).toEqual([hostInvitation]);
    await as(owner).delete(`/events/${event.id}/invitations/${hostInvitation}`).expect(204);
  });

  it('removes a guest: the guest is told, loses access, leaves the room at once, and others hear members.changed', async () => {
    const event = await createEvent();
    await makeMember(event.id, host, 'host');
    await makeMember(event.id, guest);
    const guestSocket = await subscribed(guest, event.id);
    const ownerSocket = await subscribed(owner, event.id);
    const guestSaw = record(guestSocket, ['event.updated']);
    const guestTold = record(guestSocket, ['members.changed']);
    const ownerSaw = record(ownerSocket, ['members.changed', 'event.updated']);

    await as(host).delete(`/events/${event.id}/members/${guest.id}`).expect(204);

    expectError(await as(guest).get(`/events/${event.id}`), 404, 'NOT_FOUND');
    expect(roleOf(await roster(event.id), guest)).toBeUndefined();
    await until(() => ownerSaw.length === 1);
    expect(ownerSaw[0]).toMatchObject({ name: 'members.changed', payload: { userId: guest.id, role: null } });
    await as(owner).patch(`/events/${event.id}`, { name: 'Renamed' }).expect(200);
    await until(() => ownerSaw.length === 2);
    expect(guestSaw).toEqual([]);
    // Their own removal is the one frame the guest gets as they leave (an open room can say why it closes).
    await until(() => guestTold.length > 0);
    expect(guestTold).toEqual([{ name: 'members.changed', payload: ownerSaw[0]?.payload }]);
    expect(await guestSocket.emitWithAck('subscribe', { room: `event:${event.id}` })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('lets only the owner remove a host; refuses guests, the owner itself and non-members', async () => {
    const event = await createEvent();
    await makeMember(event.id, host, 'host');
    await makeMember(event.id, guest);
    await makeMember(event.id, other, 'host');
    expectError(await as(guest).delete(`/events/${event.id}/members/${host.id}`), 403, 'FORBIDDEN');
    expectError(await as(host).delete(`/events/${event.id}/members/${other.id}`), 403, 'FORBIDDEN');
    expectError(await as(host).delete(`/events/${event.id}/members/${owner.id}`), 409, 'CONFLICT');
    expectError(await as(owner).delete(`/events/${event.id}/members/${stranger.id}`), 404, 'NOT_FOUND');
    expect(roleOf(await roster(event.id), other)).toBe('host');
    await as(owner).delete(`/events/${event.id}/members/${other.id}`).expect(204);
    expect(roleOf(await roster(event.id), other)).toBeUndefined();
  });

  it('lets the owner promote a guest and demote a host; a no-op changes no version', async () => {
    const event = await createEvent();
    await makeMember(event.id, guest);
    const before = await version(event.id);
    const promoted = await as(owner).patch(`/events/${event.id}/members/${guest.id}`, { role: 'host' }).expect(200);
    expect(promoted.body).toEqual({ user: expect.objectContaining({ id: guest.id }), role: 'host', isDelegate: false });
    expect((await as(guest).get(`/events/${event.id}`).expect(200)).body.myRole).toBe('host');
    expect(await version(event.id)).toBe(before + 1);
    await as(owner).patch(`/events/${event.id}/members/${guest.id}`, { role: 'host' }).expect(200);
    expect(await version(event.id)).toBe(before + 1);
    await as(owner).patch(`/events/${event.id}/members/${guest.id}`, { role: 'guest' }).expect(200);
    expect(roleOf(await roster(event.id), guest)).toBe('guest');
  });

  it('refuses role changes by hosts and guests, on the owner, on non-members, and with a bad role', async () => {
    const event = await createEvent();
    await makeMember(event.id, host, 'host');
    await makeMember(event.id, guest);
    expectError(await as(host).patch(`/events/${event.id}/members/${guest.id}`, { role: 'host' }), 403, 'FORBIDDEN');
    expectError(await as(guest).patch(`/events/${event.id}/members/${host.id}`, { role: 'guest' }), 403, 'FORBIDDEN');
    expectError(await as(owner).patch(`/events/${event.id}/members/${owner.id}`, { role: 'guest' }), 409, 'CONFLICT');
    expectError(await as(owner).patch(`/events/${event.id}/members/${stranger.id}`, { role: 'host' }), 404, 'NOT_FOUND');
    expectError(await as(owner).patch(`/events/${event.id}/members/${guest.id}`, { role: 'owner' }), 400, 'VALIDATION_FAILED');
    expectError(await as(owner).patch(`/events/${event.id}/members/${guest.id}`, {}), 400, 'VALIDATION_FAILED');
    const after = await roster(event.id);
    expect([roleOf(after, host), roleOf(after, guest)]).toEqual(['host', 'guest']);
  });
});
