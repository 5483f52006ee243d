import type { EventRole } from './dto/event.dto';
import type { EventRow, Participation } from './events.repository';
import type { LicensedEvent } from './vote-policy';

/** An event as one user sees it. */
export interface EventContext {
  event: EventRow;
  userId: string;
  role: EventRole | null;
  isListener: boolean;
  delegate: Participation['delegate'];
}

export function contextOf(event: EventRow, userId: string, participation: Participation): EventContext {
  const role: EventRole | null = event.ownerId === userId ? 'owner' : participation.memberRole;
  return { event, userId, role, isListener: participation.isListener, delegate: participation.delegate };
}

/** Public events are visible to every signed-in user; private ones only to their members and delegates. */
export const isVisible = (ctx: EventContext): boolean => ctx.event.visibility === 'public' || ctx.role !== null || ctx.delegate !== null;

/** The event as `userId` sees it, or null when it is not visible to them (answered as not found). */
export function visibleContextOf(event: EventRow, userId: string, participation: Participation): EventContext | null {
  const ctx = contextOf(event, userId, participation);
  return isVisible(ctx) ? ctx : null;
}

export const isMember = (ctx: EventContext): boolean => ctx.role !== null;

export const isHostOrOwner = (ctx: EventContext): boolean => ctx.role === 'owner' || ctx.role === 'host';

export function geoOf(event: EventRow): LicensedEvent['geo'] {
  return event.geoLat !== null && event.geoLng !== null && event.geoRadiusMeters !== null
    ? { lat: event.geoLat, lng: event.geoLng, radiusMeters: event.geoRadiusMeters }
    : null;
}

export function windowOf(event: EventRow): LicensedEvent['window'] {
  return event.windowStartsAt && event.windowEndsAt ? { startsAt: event.windowStartsAt, endsAt: event.windowEndsAt } : null;
}

export function licensedEvent(event: EventRow): LicensedEvent {
  return { voteLicense: event.voteLicense, geo: geoOf(event), window: windowOf(event) };
}
