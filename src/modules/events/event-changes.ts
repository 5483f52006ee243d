import type { RoomChanges } from '../../common/events/room-changes';
import type { EventDomainEventName } from './event-domain-events';

/** The changes one transaction makes to one locked event (see `RoomChanges`). */
export type EventChanges = RoomChanges<EventDomainEventName, 'eventId'>;
