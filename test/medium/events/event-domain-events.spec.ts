import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../../support/test-database';
import { bootEvents, type EventsHarness } from '../../support/events-harness';
import { expectError } from '../../support/expect-error';

describe(`event domain events (${databaseKind()})`, () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await bootEvents();
  });
  afterAll(() => h.close());

  it('publishes every change after commit with versions rising by one, and nothing for no-ops or refusals', async () => {
    const owner = await h.user('owner');
    const guest = await h.user('guest');
    const fan = await h.user('fan');
    const event = await h.event(owner);
    const recording = h.record(event.id);

    await h.events.update(owner, event.id, { name: 'Renamed' }, null);
    await h.events.update(owner, event.id, { name: 'Renamed' }, null); // no change
    await h.membership.join(fan, event.id);
    await h.membership.join(fan, event.id); // already listening
    await h.makeMember(owner, event.id, guest);
    const entry = await h.propose(guest, event.id, 0);
    await expectError(h.propose(fan, event.id, 0), 'CONFLICT'); // refused: nothing published
    await h.queue.vote(fan, event.id, entry.id, null);
    await h.queue.vote(fan, event.id, entry.id, null); // repeat
    await h.queue.unvote(fan, event.id, entry.id);
    await h.queue.unvote(fan, event.id, entry.id); // repeat
    const second = await h.propose(owner, event.id, 1);
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    await h.playback.command(owner, event.id, { action: 'play' }, null); // already playing
    await h.befriend(owner, fan);
    await h.delegation.grant(owner, event.id, fan, 'all');
    await h.queue.remove(owner, event.id, second.id);
    await h.membership.leave(fan, event.id);
    const finalVersion = await h.versionOf(event.id);
    expect(await h.access.canView(owner, event.id)).toEqual({ version: finalVersion });
    await h.events.remove(owner, event.id);

    const seen = await recording.stop();
    expect(seen.map((e) => e.name)).toEqual([
      'event.updated',
      'members.changed',
      'members.changed',
      'queue.track_added',
      'queue.vote_changed',
      'queue.vote_changed',
      'queue.track_added',
      'queue.track_removed',
      'playback.changed',
      'members.changed',
      'queue.track_removed',
      'members.changed',
      'event.deleted',
    ]);
    expect(seen.map((e) => e.payload.version)).toEqual(Array.from({ length: seen.length }, (_, i) => i + 1));
    expect(finalVersion).toBe(seen.length - 1);
    for (const { payload } of seen) {
      expect(payload.eventId).toBe(event.id);
      expect(new Date(payload.at).toISOString()).toBe(payload.at);
    }
    const payloads = seen.map((e) => e.payload as unknown as Record<string, unknown>);
    expect(payloads[0]).toMatchObject({ event: { id: event.id, name: 'Renamed', owner: { id: owner } } });
    expect(payloads[0].event).not.toHaveProperty('myRole');
    expect(payloads[1]).toMatchObject({ userId: fan, role: 'listener', isDelegate: false });
    expect(payloads[2]).toMatchObject({ userId: guest, role: 'guest', isDelegate: false });
    expect(payloads[3]).toMatchObject({ entry: { id: entry.id, score: 0, proposedBy: { id: guest }, track: { provider: 'bundled' } } });
    expect(payloads[3].entry).not.toHaveProperty('votedByMe');
    expect(payloads.slice(4, 6)).toMatchObject([
      { entryId: entry.id, score: 1 },
      { entryId: entry.id, score: 0 },
    ]);
    expect(payloads[7]).toMatchObject({ entryId: entry.id, reason: 'playing' });
    expect(payloads[8]).toMatchObject({ playback: { entryId: entry.id, state: 'playing', controlledBy: { id: owner } } });
    expect(payloads[9]).toMatchObject({ userId: fan, role: 'listener', isDelegate: true });
    expect(payloads[10]).toMatchObject({ entryId: second.id, reason: 'removed' });
    expect(payloads[11]).toMatchObject({ userId: fan, role: null, isDelegate: false });
  });
});
