import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateEventDto } from '../../../src/modules/events/dto/create-event.dto';
import type { LocationDto } from '../../../src/modules/events/dto/location.dto';
import { databaseKind } from '../../support/test-database';
import { bootEvents, LYON, nearParis, PARIS, type EventsHarness } from '../../support/events-harness';
import { expectError } from '../../support/expect-error';

const HOUR = 3_600_000;
const T = new Date(Date.UTC(2026, 5, 21, 20, 0, 0));
const at = (ms: number) => new Date(T.getTime() + ms);
const parisArea = { geo: { ...PARIS, radiusMeters: 200 } };
const lyonArea = { geo: { lat: LYON.lat, lng: LYON.lng, radiusMeters: 200 } };
const openWindow = { window: { startsAt: at(-HOUR).toISOString(), endsAt: at(HOUR).toISOString() } };

interface Row {
  name: string;
  settings: Partial<CreateEventDto>;
  /** The caller is a member (invited guest) rather than a passer-by of the public event. */
  member?: boolean;
  location?: LocationDto;
  /** Server time of the attempt (T when not given). */
  time?: Date;
  /** A located vote the caller made earlier, in an event in Lyon. */
  earlierInLyonAt?: Date;
  expected: 'allowed' | 'NOT_INVITED' | 'LOCATION_REQUIRED' | 'VOTE_OUTSIDE_AREA' | 'VOTE_OUTSIDE_WINDOW';
  reason?: string;
}

/** The licence table of issue 7, each row run on both votes and proposals. */
const rows: Row[] = [
  { name: 'invited licence, invited member', settings: { voteLicense: 'invited' }, member: true, expected: 'allowed' },
  { name: 'invited licence, not invited', settings: { voteLicense: 'invited' }, expected: 'NOT_INVITED' },
  { name: 'geo, inside the area', settings: parisArea, location: nearParis(150), expected: 'allowed' },
  { name: 'geo, outside the area', settings: parisArea, location: nearParis(400), expected: 'VOTE_OUTSIDE_AREA', reason: 'outside_area' },
  { name: 'geo, location missing', settings: parisArea, expected: 'LOCATION_REQUIRED' },
  {
    name: 'geo, implausible accuracy',
    settings: parisArea,
    location: nearParis(0, 6_000),
    expected: 'VOTE_OUTSIDE_AREA',
    reason: 'implausible_accuracy',
  },
  {
    name: 'geo, implausible jump from Lyon ten minutes ago',
    settings: parisArea,
    location: nearParis(0),
    earlierInLyonAt: at(-10 * 60_000),
    expected: 'VOTE_OUTSIDE_AREA',
    reason: 'implausible_movement',
  },
  { name: 'geo, from Lyon three hours ago', settings: parisArea, location: nearParis(0), earlierInLyonAt: at(-3 * HOUR), expected: 'allowed' },
  { name: 'window, before it opens', settings: openWindow, time: at(-2 * HOUR), expected: 'VOTE_OUTSIDE_WINDOW', reason: 'not_started' },
  { name: 'window, inside', settings: openWindow, expected: 'allowed' },
  { name: 'window, after it closed', settings: openWindow, time: at(2 * HOUR), expected: 'VOTE_OUTSIDE_WINDOW', reason: 'ended' },
];

describe(`event licences on every queue path (${databaseKind()})`, () => {
  let h: EventsHarness;
  let clock: ReturnType<EventsHarness['freezeClock']>;
  beforeAll(async () => {
    h = await bootEvents();
    clock = h.freezeClock(T);
  });
  afterAll(async () => {
    clock.restore();
    await h.close();
  });

  /** A fresh owner, caller and event, with one entry (proposed by the owner at T) to vote on. */
  async function arrange(row: Row) {
    const owner = await h.user('owner');
    const caller = await h.user('caller');
    if (row.earlierInLyonAt) {
      clock.set(row.earlierInLyonAt);
      const lyonOwner = await h.user('lyon-owner');
      const lyon = await h.event(lyonOwner, lyonArea);
      const lyonEntry = await h.propose(lyonOwner, lyon.id, 0, LYON);
      await h.queue.vote(caller, lyon.id, lyonEntry.id, LYON);
    }
    clock.set(T);
    const event = await h.event(owner, row.settings);
    if (row.member) await h.makeMember(owner, event.id, caller);
    const entry = await h.propose(owner, event.id, 0, row.settings.geo ? nearParis(0) : undefined);
    clock.set(row.time ?? T);
    return { caller, event, entry, versionBefore: await h.versionOf(event.id) };
  }

  describe('vote', () => {
    it.each(rows)('$name → $expected', async (row) => {
      const { caller, event, entry, versionBefore } = await arrange(row);
      const attempt = h.queue.vote(caller, event.id, entry.id, row.location ?? null);
      if (row.expected === 'allowed') {
        await expect(attempt).resolves.toEqual({ score: 1, votedByMe: true });
        expect(await h.scoreOf(entry.id)).toEqual({ score: 1, votes: 1 });
        expect(await h.versionOf(event.id)).toBe(versionBefore + 1);
      } else {
        await expectError(attempt, row.expected, row.reason ? { reason: row.reason } : undefined);
        expect(await h.scoreOf(entry.id)).toEqual({ score: 0, votes: 0 });
        expect(await h.versionOf(event.id)).toBe(versionBefore);
      }
    });
  });

  describe('propose', () => {
    it.each(rows)('$name → $expected', async (row) => {
      const { caller, event, versionBefore } = await arrange(row);
      const attempt = h.propose(caller, event.id, 1, row.location);
      const queueOf = async () => (await h.events.get(caller, event.id, null)).queue.map((e) => e.track.providerTrackId);
      if (row.expected === 'allowed') {
        const entry = await attempt;
        expect(entry).toMatchObject({ score: 0, votedByMe: false, proposedBy: { id: caller } });
        expect(await queueOf()).toContain(entry.track.providerTrackId);
        expect(await h.versionOf(event.id)).toBe(versionBefore + 1);
      } else {
        await expectError(attempt, row.expected, row.reason ? { reason: row.reason } : undefined);
        expect(await queueOf()).toHaveLength(1);
        expect(await h.versionOf(event.id)).toBe(versionBefore);
      }
    });
  });

  describe('unvote', () => {
    it('takes a vote back without a location, but not once the window has closed', async () => {
      clock.set(T);
      const owner = await h.user('owner');
      const event = await h.event(owner, { ...parisArea, ...openWindow });
      const entry = await h.propose(owner, event.id, 0, nearParis(0));
      await h.queue.vote(owner, event.id, entry.id, nearParis(0));
      await expect(h.queue.unvote(owner, event.id, entry.id)).resolves.toEqual({ score: 0, votedByMe: false });
      await h.queue.vote(owner, event.id, entry.id, nearParis(0));
      clock.set(at(2 * HOUR));
      await expectError(h.queue.unvote(owner, event.id, entry.id), 'VOTE_OUTSIDE_WINDOW');
      expect(await h.scoreOf(entry.id)).toEqual({ score: 1, votes: 1 });
    });

    it('refuses a member who left an invited-only event', async () => {
      clock.set(T);
      const owner = await h.user('owner');
      const guest = await h.user('guest');
      const event = await h.event(owner, { voteLicense: 'invited' });
      await h.makeMember(owner, event.id, guest);
      const entry = await h.propose(owner, event.id, 0);
      await h.queue.vote(guest, event.id, entry.id, null);
      await h.membership.leave(guest, event.id);
      await expectError(h.queue.unvote(guest, event.id, entry.id), 'NOT_INVITED');
      await expectError(h.queue.vote(guest, event.id, entry.id, null), 'NOT_INVITED');
      expect(await h.scoreOf(entry.id)).toEqual({ score: 1, votes: 1 });
    });
  });

  it('reports canVote from the licence and the window for the caller', async () => {
    clock.set(T);
    const owner = await h.user('owner');
    const passerBy = await h.user('passer-by');
    const invited = await h.event(owner, { voteLicense: 'invited' });
    expect((await h.events.get(owner, invited.id, null)).canVote).toBe(true);
    expect((await h.events.get(passerBy, invited.id, null)).canVote).toBe(false);
    const windowed = await h.event(owner, openWindow);
    expect((await h.events.get(passerBy, windowed.id, null)).canVote).toBe(true);
    clock.set(at(2 * HOUR));
    expect((await h.events.get(passerBy, windowed.id, null)).canVote).toBe(false);
  });
});
