import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error';
import { haversineMeters } from './geo';
import {
  assertQueueActionAllowed,
  decideQueueAction,
  type AcceptedLocation,
  type LicensedEvent,
  type PolicyRequest,
  type QueueAction,
  type ReportedLocation,
} from './vote-policy';

const NOW = new Date('2026-06-21T20:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const PARIS = { lat: 48.8566, lng: 2.3522 };
const METERS_PER_DEGREE_LAT = 111_195.08;
/** A point `meters` north of the centre. */
const north = (meters: number, accuracyMeters = 10): ReportedLocation => ({
  lat: PARIS.lat + meters / METERS_PER_DEGREE_LAT,
  lng: PARIS.lng,
  accuracyMeters,
});
const LYON: ReportedLocation = { lat: 45.764, lng: 4.8357, accuracyMeters: 10 };

const open: LicensedEvent = { voteLicense: 'everyone', geo: null, window: null };
const invited: LicensedEvent = { ...open, voteLicense: 'invited' };
const geo: LicensedEvent = { ...open, geo: { ...PARIS, radiusMeters: 200 } };
const windowed: LicensedEvent = { ...open, window: { startsAt: minutes(-60), endsAt: minutes(60) } };

interface Row {
  name: string;
  event: LicensedEvent;
  isMember?: boolean;
  location?: ReportedLocation | null;
  last?: AcceptedLocation | null;
  now?: Date;
  expected: 'allowed' | 'NOT_INVITED' | 'VOTE_OUTSIDE_WINDOW' | 'LOCATION_REQUIRED' | 'VOTE_OUTSIDE_AREA';
  reason?: string;
}

/** The licence table: every row applies the same way to votes and to proposals. */
const rows: Row[] = [
  { name: 'licence everyone, anyone', event: open, expected: 'allowed' },
  { name: 'licence invited, member', event: invited, isMember: true, expected: 'allowed' },
  { name: 'licence invited, not a member', event: invited, isMember: false, expected: 'NOT_INVITED' },
  { name: 'geo, inside the radius', event: geo, location: north(150), expected: 'allowed' },
  { name: 'geo, just outside the radius but within the accuracy', event: geo, location: north(250, 80), expected: 'allowed' },
  { name: 'geo, outside the radius plus accuracy', event: geo, location: north(250, 10), expected: 'VOTE_OUTSIDE_AREA', reason: 'outside_area' },
  { name: 'geo, accuracy widens the radius by 100 m at most', event: geo, location: north(350, 1_000), expected: 'VOTE_OUTSIDE_AREA', reason: 'outside_area' },
  { name: 'geo, far away', event: geo, location: LYON, expected: 'VOTE_OUTSIDE_AREA', reason: 'outside_area' },
  { name: 'geo, location missing', event: geo, location: null, expected: 'LOCATION_REQUIRED' },
  { name: 'geo, accuracy over 5 km is implausible', event: geo, location: north(0, 5_001), expected: 'VOTE_OUTSIDE_AREA', reason: 'implausible_accuracy' },
  {
    name: 'geo, a jump from Lyon ten minutes ago is implausible',
    event: geo,
    location: north(0),
    last: { ...LYON, at: minutes(-10) },
    expected: 'VOTE_OUTSIDE_AREA',
    reason: 'implausible_movement',
  },
  {
    name: 'geo, walking 1 km in a quarter of an hour is plausible',
    event: geo,
    location: north(0),
    last: { ...north(1_000), at: minutes(-15) },
    expected: 'allowed',
  },
  {
    name: 'geo, GPS jitter within the accuracy a second later is plausible',
    event: geo,
    location: north(60, 50),
    last: { ...north(0, 50), at: new Date(NOW.getTime() - 1_000) },
    expected: 'allowed',
  },
  { name: 'window, before it opens', event: windowed, now: minutes(-61), expected: 'VOTE_OUTSIDE_WINDOW', reason: 'not_started' },
  { name: 'window, inside', event: windowed, expected: 'allowed' },
  { name: 'window, at the first instant', event: windowed, now: minutes(-60), expected: 'allowed' },
  { name: 'window, at its end', event: windowed, now: minutes(60), expected: 'VOTE_OUTSIDE_WINDOW', reason: 'ended' },
  { name: 'window, after it closed', event: windowed, now: minutes(120), expected: 'VOTE_OUTSIDE_WINDOW', reason: 'ended' },
  {
    name: 'licence is checked before the window and the area',
    event: { voteLicense: 'invited', geo: geo.geo, window: windowed.window },
    isMember: false,
    now: minutes(120),
    location: LYON,
    expected: 'NOT_INVITED',
  },
  {
    name: 'window is checked before the area',
    event: { ...geo, window: windowed.window },
    now: minutes(120),
    location: null,
    expected: 'VOTE_OUTSIDE_WINDOW',
    reason: 'ended',
  },
];

const request = (row: Row, action: QueueAction): PolicyRequest => ({
  action,
  event: row.event,
  isMember: row.isMember ?? false,
  location: row.location ?? null,
  lastAcceptedLocation: row.last ?? null,
  now: row.now ?? NOW,
});

describe('vote policy', () => {
  it('measures a known distance with the haversine formula', () => {
    expect(haversineMeters(PARIS, LYON) / 1000).toBeCloseTo(391.5, 0);
    expect(haversineMeters(PARIS, north(250))).toBeCloseTo(250, 0);
  });

  for (const action of ['vote', 'propose'] as const) {
    describe(`on ${action}`, () => {
      it.each(rows)('$name → $expected', (row) => {
        const decision = decideQueueAction(request(row, action));
        if (row.expected === 'allowed') {
          expect(decision).toMatchObject({ allowed: true });
        } else {
          expect(decision).toMatchObject({ allowed: false, code: row.expected });
          if (row.reason) expect(decision).toMatchObject({ details: { reason: row.reason } });
        }
      });
    });
  }

  it('returns the accepted location stamped with server time, to base the next speed check on', () => {
    const decision = decideQueueAction(request({ name: '', event: geo, location: north(10), expected: 'allowed' }, 'vote'));
    expect(decision).toEqual({ allowed: true, acceptedLocation: { ...north(10), at: NOW } });
  });

  it('records no location for events without an area', () => {
    expect(decideQueueAction(request({ name: '', event: open, location: north(10), expected: 'allowed' }, 'vote'))).toEqual({
      allowed: true,
      acceptedLocation: null,
    });
  });

  it('lets a voter take a vote back without a location but not outside the licence or the window', () => {
    expect(decideQueueAction(request({ name: '', event: geo, location: null, expected: 'allowed' }, 'unvote'))).toMatchObject({ allowed: true });
    expect(decideQueueAction(request({ name: '', event: invited, expected: 'NOT_INVITED' }, 'unvote'))).toMatchObject({ code: 'NOT_INVITED' });
    expect(decideQueueAction(request({ name: '', event: windowed, now: minutes(90), expected: 'VOTE_OUTSIDE_WINDOW' }, 'unvote'))).toMatchObject({
      code: 'VOTE_OUTSIDE_WINDOW',
    });
  });

  it('throws the refusal as a contract error with its details', () => {
    const row: Row = { name: '', event: geo, location: LYON, expected: 'VOTE_OUTSIDE_AREA' };
    try {
      assertQueueActionAllowed(request(row, 'vote'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VOTE_OUTSIDE_AREA', status: 403, details: { reason: 'outside_area', limitMeters: 210 } });
      expect((error as DomainError).message).toMatch(/391\.\d km from this event \(limit 210 m\)/);
    }
  });
});
