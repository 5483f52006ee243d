import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

describe(`security finding 9 (LOW): a host cannot downgrade the owner's pending host invitation (${databaseKind()})`, () => {
  let t: TestApp;
  let owner: SignedInUser;
  let host: SignedInUser;
  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    [owner, host] = [await signedInUser(t, 'owner'), await signedInUser(t, 'host')];
  });
  afterAll(async () => {
    await t?.close();
  });

  const invite = (by: SignedInUser, eventId: string, userId: string, role: 'guest' | 'host') =>
    t.http.post(`/api/events/${eventId}/invitations`).set(...authHeader(by)).send({ userId, role });
  const accept = async (user: SignedInUser, invitationId: string) =>
    (await t.http.post(`/api/invitations/${invitationId}/accept`).set(...authHeader(user)).expect(200)).body as Record<string, unknown>;
  const roleOf = async (eventId: string, user: SignedInUser) =>
    ((await t.http.get(`/api/events/${eventId}`).set(...authHeader(user)).expect(200)).body as { myRole: string | null }).myRole;

  it('finding 9: re-inviting as a guest keeps the pending host invitation a host invitation', async () => {
    const eventId = ((await t.http.post('/api/events').set(...authHeader(owner)).send({ name: 'Roles', visibility: 'private' }).expect(201)).body as { id: string }).id;
    await accept(host, ((await invite(owner, eventId, host.id, 'host').expect(201)).body as { id: string }).id);
    const invitee = await signedInUser(t, 'invitee');

    const byOwner = (await invite(owner, eventId, invitee.id, 'host').expect(201)).body as { id: string; role: string };
    const byHost = (await invite(host, eventId, invitee.id, 'guest').expect(201)).body as { id: string; role: string };
    expect(byHost.id).toBe(byOwner.id);
    expect(byHost.role).toBe('host');

    await accept(invitee, byOwner.id);
    expect(await roleOf(eventId, invitee)).toBe('host');
  });

  it('finding 9: the owner can still raise a pending guest invitation to host', async () => {
    const eventId = ((await t.http.post('/api/events').set(...authHeader(owner)).send({ name: 'Raise', visibility: 'private' }).expect(201)).body as { id: string }).id;
    const invitee = await signedInUser(t, 'raised');
    const first = (await invite(owner, eventId, invitee.id, 'guest').expect(201)).body as { id: string };
    const raised = (await invite(owner, eventId, invitee.id, 'host').expect(201)).body as { id: string; role: string };
    expect(raised).toMatchObject({ id: first.id, role: 'host' });
    await accept(invitee, first.id);
    expect(await roleOf(eventId, invitee)).toBe('host');
  });
});
