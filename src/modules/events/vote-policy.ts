import type { CaseDetails } from '../../contracts/error-details';
import { DomainError } from '../../common/errors/domain-error';
import { haversineMeters, type LatLng } from './geo';

/** Every way of changing the queue; each one goes through `decideQueueAction`. */
export type QueueAction = 'vote' | 'unvote' | 'propose';
export type VoteLicense = 'everyone' | 'invited';

export interface LicensedEvent {
  voteLicense: VoteLicense;
  geo: (LatLng & { radiusMeters: number }) | null;
  window: { startsAt: Date; endsAt: Date } | null;
}

export interface ReportedLocation extends LatLng {
  accuracyMeters: number;
}

export interface AcceptedLocation extends ReportedLocation {
  at: Date;
}

export interface PolicyRequest {
  action: QueueAction;
  event: LicensedEvent;
  /** Owner, host or guest (invited); listeners of a public event are not members. */
  isMember: boolean;
  location: ReportedLocation | null;
  /** The same user's last location that a geo check accepted (any event): the base of the travel-speed check. */
  lastAcceptedLocation: AcceptedLocation | null;
  /** Server time. */
  now: Date;
}

export type PolicyRefusal = {
  allowed: false;
  code: 'NOT_INVITED' | 'VOTE_OUTSIDE_WINDOW' | 'LOCATION_REQUIRED' | 'VOTE_OUTSIDE_AREA';
  message: string;
  details: CaseDetails;
};

/** `acceptedLocation` is set when a geo check passed: the caller records it for the next travel-speed check. */
export type PolicyDecision = { allowed: true; acceptedLocation: AcceptedLocation | null } | PolicyRefusal;

/** A reported accuracy worse than this is not a position. */
export const MAX_ACCURACY_METERS = 5_000;
/** The accuracy widens the radius, but never by more than this. */
export const MAX_ACCURACY_ALLOWANCE_METERS = 100;
/** Moving faster than this between two accepted located votes is not plausible. */
export const MAX_TRAVEL_SPEED_KMH = 300;

const refuse = (code: PolicyRefusal['code'], message: string, details: CaseDetails): PolicyRefusal => ({
  allowed: false,
  code,
  message,
  details,
});

const formatMeters = (meters: number): string =>
  meters >= 1000 ? `${(meters / 1000).toFixed(1)} km` : `${Math.round(meters)} m`;

const allowance = (accuracyMeters: number): number => Math.min(accuracyMeters, MAX_ACCURACY_ALLOWANCE_METERS);

/** The licence and the time window: everything but the location. */
export function decideWithoutLocation(event: LicensedEvent, isMember: boolean, now: Date): PolicyRefusal | null {
  if (event.voteLicense === 'invited' && !isMember) {
    return refuse('NOT_INVITED', 'Only invited members can vote or propose tracks in this event.', { license: 'invited' });
  }
  const window = event.window;
  if (window && now.getTime() < window.startsAt.getTime()) {
    return refuse('VOTE_OUTSIDE_WINDOW', 'Voting has not started yet.', {
      reason: 'not_started',
      startsAt: window.startsAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
    });
  }
  if (window && now.getTime() >= window.endsAt.getTime()) {
    return refuse('VOTE_OUTSIDE_WINDOW', 'Voting has ended.', {
      reason: 'ended',
      startsAt: window.startsAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
    });
  }
  return null;
}

function decideLocation(req: PolicyRequest, geo: NonNullable<LicensedEvent['geo']>): PolicyDecision {
  const at = req.location;
  if (!at) {
    return refuse('LOCATION_REQUIRED', 'This event only accepts votes from its area: send your location.', {
      radiusMeters: geo.radiusMeters,
    });
  }
  if (at.accuracyMeters > MAX_ACCURACY_METERS) {
    return refuse('VOTE_OUTSIDE_AREA', `Your location is too imprecise (±${formatMeters(at.accuracyMeters)}).`, {
      reason: 'implausible_accuracy',
      accuracyMeters: at.accuracyMeters,
      maxAccuracyMeters: MAX_ACCURACY_METERS,
    });
  }
  const distanceMeters = haversineMeters(at, geo);
  const limitMeters = geo.radiusMeters + allowance(at.accuracyMeters);
  if (distanceMeters > limitMeters) {
    return refuse('VOTE_OUTSIDE_AREA', `You are ${formatMeters(distanceMeters)} from this event (limit ${formatMeters(limitMeters)}).`, {
      reason: 'outside_area',
      distanceMeters: Math.round(distanceMeters),
      limitMeters: Math.round(limitMeters),
    });
  }
  const last = req.lastAcceptedLocation;
  if (last) {
    const travelled = Math.max(0, haversineMeters(last, at) - allowance(last.accuracyMeters) - allowance(at.accuracyMeters));
    const seconds = Math.max(1, (req.now.getTime() - last.at.getTime()) / 1000);
    const speedKmh = (travelled / seconds) * 3.6;
    if (speedKmh > MAX_TRAVEL_SPEED_KMH) {
      return refuse('VOTE_OUTSIDE_AREA', 'Your location moved implausibly fast since your last vote.', {
        reason: 'implausible_movement',
        speedKmh: Math.round(speedKmh),
        maxSpeedKmh: MAX_TRAVEL_SPEED_KMH,
      });
    }
  }
  return { allowed: true, acceptedLocation: { ...at, at: req.now } };
}

/**
 * May this user change the queue of this event now, from there? The one decision behind every queue path.
 * Unvote only takes one's own vote back: it obeys the licence and the window but needs no location.
 */
export function decideQueueAction(req: PolicyRequest): PolicyDecision {
  const refusal = decideWithoutLocation(req.event, req.isMember, req.now);
  if (refusal) return refusal;
  if (!req.event.geo || req.action === 'unvote') return { allowed: true, acceptedLocation: null };
  return decideLocation(req, req.event.geo);
}

/** `decideQueueAction`, throwing the refusal as the contract's error. */
export function assertQueueActionAllowed(req: PolicyRequest): AcceptedLocation | null {
  const decision = decideQueueAction(req);
  if (!decision.allowed) throw new DomainError(decision.code, decision.message, decision.details);
  return decision.acceptedLocation;
}
