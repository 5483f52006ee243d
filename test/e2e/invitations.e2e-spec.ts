import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, signedInUser, type SignedInUser } from '../support/sessions';
import { bootTestApp, type TestApp } from '../support/test-app';

interface InvitationBody {
  id: string;
  kind: string;
  target: { id: string; name: string };
  role: string | null;
  invitedBy: { id: string; displayName: string };
}

describe('invitations inbox', () => {
  let t: TestApp;
  let owner: SignedInUser;
  let guest: SignedInUser;
  let other: SignedInUser;

  beforeAll(async () => {
    t = await bootTestApp();
    owner = await signedInUser(t, 'Owner');
    guest = await signedInUser(t, 'Guest');
    other = await signedInUser(t, 'Other');
  });
  afterAll(() => t.close());

  const inbox = async (user: SignedInUser, query = '') =>
    (await t.http.get(`/api/invitations${query}`).set(...authHeader(user)).expect(200)).body as { items: InvitationBody[]; nextCursor: string | null };
  const privateEvent = async (name: string) =>
    ((await t.http.post('/api/events').set(...authHeader(owner)).send({ name, visibility: 'private' }).expect(201)).body as { id: string }).id;
  const invite = async (eventId: string, role = 'guest') =>
    (await t.http.post(`/api/events/${eventId}/invitations`).set(...authHeader(owner)).send({ userId: guest.id, role })).body as { id: string };

  it('lists pending event and playlist invitations, newest first, with who invited', async () => {
    const eventId = await privateEvent('Rooftop');
    await invite(eventId, 'host');
    const playlist = (await t.http.post('/api/playlists').set(...authHeader(owner)).send({ name: 'Road trip', visibility: 'private' }).expect(201)).body as { id: string };
    await t.http.post(`/api/playlists/${playlist.id}/invitations`).set(...authHeader(owner)).send({ userId: guest.id });

    const { items } = await inbox(guest);
    expect(items.map((i) => [i.kind, i.target.name, i.role])).toEqual([
      ['playlist', 'Road trip', null],
      ['event', 'Rooftop', 'host'],
    ]);
    expect(items[0].invitedBy).toMatchObject({ id: owner.id, displayName: 'Owner' });
    expect((await inbox(other)).items).toEqual([]);
  });

  it('pages through the inbox with a cursor', async () => {
    for (const name of ['A', 'B', 'C']) await invite(await privateEvent(`Page ${name}`));
    const first = await inbox(guest, '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await inbox(guest, `?limit=2&cursor=${first.nextCursor}`);
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    await t.http.get('/api/invitations?cursor=forged').set(...authHeader(guest)).expect(400);
  });

  it('accepting makes the invitee a member; accepting again is a no-op; declining afterwards is a conflict', async () => {
    const eventId = await privateEvent('Members only');
    await t.http.get(`/api/events/${eventId}`).set(...authHeader(guest)).expect(404);
    const { id } = await invite(eventId);
    const accepted = await t.http.post(`/api/invitations/${id}/accept`).set(...authHeader(guest)).expect(200);
    expect(accepted.body).toEqual({ id, status: 'accepted' });
    const event = await t.http.get(`/api/events/${eventId}`).set(...authHeader(guest)).expect(200);
    expect(event.body.myRole).toBe('guest');
    await t.http.post(`/api/invitations/${id}/accept`).set(...authHeader(guest)).expect(200);
    const conflict = await t.http.post(`/api/invitations/${id}/decline`).set(...authHeader(guest)).expect(409);
    expect(conflict.body.code).toBe('CONFLICT');
    expect((await inbox(guest)).items.map((i) => i.id)).not.toContain(id);
  });

  it('declining leaves the invitee outside', async () => {
    const eventId = await privateEvent('Declined');
    const { id } = await invite(eventId);
    expect((await t.http.post(`/api/invitations/${id}/decline`).set(...authHeader(guest)).expect(200)).body).toEqual({ id, status: 'declined' });
    await t.http.get(`/api/events/${eventId}`).set(...authHeader(guest)).expect(404);
  });

  it("hides someone else's invitation (404) and rejects malformed ids (400)", async () => {
    const { id } = await invite(await privateEvent('Not yours'));
    const res = await t.http.post(`/api/invitations/${id}/accept`).set(...authHeader(other)).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    const bad = await t.http.post('/api/invitations/not-a-uuid/accept').set(...authHeader(guest)).expect(400);
    expect(bad.body.details).toEqual([{ field: 'id', messages: expect.any(Array) }]);
  });

  it('accepts exactly once when the same accept arrives twice at the same moment', async () => {
    const eventId = await privateEvent('Double tap');
    const { id } = await invite(eventId);
    const results = await Promise.all([1, 2].map(() => t.http.post(`/api/invitations/${id}/accept`).set(...authHeader(guest))));
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const events = (await t.http.get('/api/events?scope=invited').set(...authHeader(guest)).expect(200)).body as { items: Array<{ id: string }> };
    expect(events.items.filter((e) => e.id === eventId)).toHaveLength(1);
  });

  it('drops the invitations of a deleted event from the inbox', async () => {
    const eventId = await privateEvent('Cancelled');
    const { id } = await invite(eventId);
    await t.http.delete(`/api/events/${eventId}`).set(...authHeader(owner)).expect(204);
    expect((await inbox(guest)).items.map((i) => i.id)).not.toContain(id);
    await t.http.post(`/api/invitations/${id}/accept`).set(...authHeader(guest)).expect(404);
  });
});
