import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDto } from '../../../src/modules/events/dto/event.dto';
import { databaseKind } from '../../support/test-database';
import { bootEvents, track, type EventsHarness } from '../../support/events-harness';
import { expectError } from '../../support/expect-error';

describe(`event visibility, membership and lists (${databaseKind()})`, () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await bootEvents();
  });
  afterAll(() => h.close());

  it('hides a private event from non-members on every path (404), and shows it to members', async () => {
    const owner = await h.user('owner');
    const guest = await h.user('guest');
    const stranger = await h.user('stranger');
    const event = await h.event(owner, { visibility: 'private' });
    await h.makeMember(owner, event.id, guest);
    const entry = await h.propose(owner, event.id, 0);
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    const queued = await h.propose(owner, event.id, 1);
    const versionBefore = await h.versionOf(event.id);

    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['get', () => h.events.get(stranger, event.id, null)],
      ['update', () => h.events.update(stranger, event.id, { name: 'mine now' }, null)],
      ['delete', () => h.events.remove(stranger, event.id)],
      ['invite', () => h.membership.invite(stranger, event.id, { userId: stranger })],
      ['join', () => h.membership.join(stranger, event.id)],
      ['leave', () => h.membership.leave(stranger, event.id)],
      ['propose', () => h.queue.propose(stranger, event.id, track(2))],
      ['remove entry', () => h.queue.remove(stranger, event.id, queued.id)],
      ['vote', () => h.queue.vote(stranger, event.id, queued.id, null)],
      ['unvote', () => h.queue.unvote(stranger, event.id, queued.id)],
      ['playback', () => h.playback.command(stranger, event.id, { action: 'next', fromEntryId: entry.id }, null)],
      ['delegates', () => h.delegation.list(stranger, event.id)],
      ['grant delegate', () => h.delegation.grant(stranger, event.id, guest, 'all')],
      ['revoke delegate', () => h.delegation.revoke(stranger, event.id, guest)],
      ['narrow delegation', () => h.delegation.narrow(stranger, event.id, 'all')],
      ['set player', () => h.player.set({ id: stranger, sessionId: stranger }, event.id, stranger)],
      ['history', () => h.playback.history(stranger, event.id, 20)],
      ['export history', () => h.historyExport.exportHistory(stranger, event.id)],
    ];
    for (const [path, attempt] of attempts) {
      await expect(attempt(), path).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await h.access.canView(stranger, event.id)).toBeNull();
    expect(await h.versionOf(event.id)).toBe(versionBefore);
    expect((await h.events.get(owner, event.id, null)).queue.map((e) => [e.id, e.score])).toEqual([[queued.id, 0]]);

    await expect(h.events.get(guest, event.id, null)).resolves.toMatchObject({ id: event.id, myRole: 'guest' });
    expect(await h.access.canView(guest, event.id)).toEqual({ version: versionBefore });
    await expectError(h.membership.join(guest, event.id), 'FORBIDDEN');
  });

  it('keeps private events out of other people\'s lists', async () => {
    const owner = await h.user('owner');
    const guest = await h.user('guest');
    const stranger = await h.user('stranger');
    const hidden = await h.event(owner, { visibility: 'private', name: 'Hidden' });
    await h.makeMember(owner, hidden.id, guest, 'host');
    const ids = async (userId: string, scope: 'public' | 'mine' | 'invited') =>
      (await h.events.list(userId, { scope, limit: 100 })).items.map((e) => e.id);
    for (const scope of ['public', 'mine', 'invited'] as const) expect(await ids(stranger, scope)).not.toContain(hidden.id);
    expect(await ids(guest, 'public')).not.toContain(hidden.id);
    expect(await ids(guest, 'invited')).toEqual([hidden.id]);
    expect(await ids(owner, 'mine')).toEqual([hidden.id]);
    const [summary] = (await h.events.list(guest, { scope: 'invited', limit: 20 })).items;
    expect(summary).toMatchObject({ name: 'Hidden', myRole: 'host', owner: { id: owner, displayName: 'owner' } });
  });

  it('lists public events newest first with listener counts, page by page', async () => {
    const owner = await h.user('lister');
    const listeners = await h.users('listener', 3);
    const created: EventDto[] = [];
    for (let i = 0; i < 5; i++) {
      created.push(await h.event(owner, { name: `public ${i}` }));
      await new Promise((resolve) => setTimeout(resolve, 3)); // distinct creation times: "newest" is then unambiguous
    }
    for (const [i, listener] of listeners.entries()) {
      for (const event of created.slice(0, i + 1)) await h.membership.join(listener, event.id);
    }
    await h.membership.join(listeners[0], created[0].id);
    const seen: Array<{ id: string; listenerCount: number }> = [];
    let cursor: string | undefined;
    do {
      const page = await h.events.list(owner, { scope: 'public', limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const mine = seen.filter((e) => created.some((c) => c.id === e.id));
    expect(mine.map((e) => e.id)).toEqual(created.map((c) => c.id).reverse());
    expect(mine.map((e) => e.listenerCount)).toEqual([0, 0, 1, 2, 3]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
  });

  it('answers a forged cursor with VALIDATION_FAILED', async () => {
    const owner = await h.user('owner');
    await expectError(h.events.list(owner, { scope: 'public', limit: 20, cursor: 'forged' }), 'VALIDATION_FAILED');
  });

  it('makes an invitee a member only once they accept, with the role they were invited to', async () => {
    const owner = await h.user('owner');
    const host = await h.user('host');
    const guest = await h.user('guest');
    const event = await h.event(owner, { visibility: 'private', name: 'Secret party' });
    const invitation = await h.membership.invite(owner, event.id, { userId: host, role: 'host' });
    expect(await h.membership.invite(owner, event.id, { userId: host, role: 'host' })).toMatchObject({ id: invitation.id });
    await expectError(h.events.get(host, event.id, null), 'NOT_FOUND');
    const inbox = await h.invitations.listPending(host, 20);
    expect(inbox.items).toEqual([expect.objectContaining({ id: invitation.id, kind: 'event', target: { id: event.id, name: 'Secret party' }, role: 'host' })]);
    await h.invitations.accept(host, invitation.id);
    expect((await h.events.get(host, event.id, null)).myRole).toBe('host');

    await expectError(h.membership.invite(host, event.id, { userId: guest, role: 'host' }), 'FORBIDDEN');
    const byHost = await h.membership.invite(host, event.id, { userId: guest });
    await h.invitations.accept(guest, byHost.id);
    expect((await h.events.get(guest, event.id, null)).myRole).toBe('guest');
    await expectError(h.membership.invite(owner, event.id, { userId: guest, role: 'guest' }), 'CONFLICT');
    await expectError(h.membership.invite(guest, event.id, { userId: owner }), 'FORBIDDEN');
    await expectError(h.membership.invite(owner, event.id, { userId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
  });

  it('revokes pending invitations when the event is deleted', async () => {
    const owner = await h.user('owner');
    const invitee = await h.user('invitee');
    const event = await h.event(owner, { visibility: 'private' });
    const invitation = await h.membership.invite(owner, event.id, { userId: invitee });
    await h.events.remove(owner, event.id);
    expect((await h.invitations.listPending(invitee, 20)).items).toEqual([]);
    await expectError(h.invitations.accept(invitee, invitation.id), 'NOT_FOUND');
    await expectError(h.events.get(owner, event.id, null), 'NOT_FOUND');
  });

  it('lets the owner and hosts change settings, and only the owner delete', async () => {
    const owner = await h.user('owner');
    const host = await h.user('host');
    const guest = await h.user('guest');
    const event = await h.event(owner, { geo: { lat: 48.85, lng: 2.35, radiusMeters: 300 } });
    await h.makeMember(owner, event.id, host, 'host');
    await h.makeMember(owner, event.id, guest);
    await expectError(h.events.update(guest, event.id, { name: 'guest party' }, null), 'FORBIDDEN');
    const updated = await h.events.update(host, event.id, { name: 'Host party', geo: null, voteLicense: 'invited' }, null);
    expect(updated).toMatchObject({ name: 'Host party', geo: null, voteLicense: 'invited', myRole: 'host' });
    expect(updated.version).toBe(await h.versionOf(event.id));
    await expectError(
      h.events.update(owner, event.id, { window: { startsAt: '2026-01-02T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' } }, null),
      'VALIDATION_FAILED',
    );
    await expectError(h.events.remove(host, event.id), 'FORBIDDEN');
    await h.events.remove(owner, event.id);
    expect(await h.db.query(`SELECT 1 FROM event_members WHERE event_id = $1`, [event.id])).toEqual([]);
  });

  it('lets a proposer or a host remove a waiting entry, but not another guest', async () => {
    const owner = await h.user('owner');
    const [a, b] = await h.users('guest', 2);
    const event = await h.event(owner);
    const entry = await h.propose(a, event.id, 0);
    await expectError(h.queue.remove(b, event.id, entry.id), 'FORBIDDEN');
    await h.queue.remove(a, event.id, entry.id);
    await expectError(h.queue.remove(a, event.id, entry.id), 'NOT_FOUND');
    const again = await h.propose(b, event.id, 0);
    await h.queue.remove(owner, event.id, again.id);
    expect((await h.events.get(owner, event.id, null)).queue).toEqual([]);
  });
});
