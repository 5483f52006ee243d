export { EventsModule } from './events.module';
export { EventsAccess } from './events-access';
export { EVENT_DOMAIN_EVENTS, type EventDomainEventName } from './event-domain-events';
export type {
  EventChange,
  EventDeletedEvent,
  EventUpdatedEvent,
  MembersChangedEvent,
  PlaybackChangedEvent,
  QueueTrackAddedEvent,
  QueueTrackRemovedEvent,
  QueueVoteChangedEvent,
} from './event-domain-events';
export { eventsEntities } from './entities';
export { EventSettingsDto, PlaybackDto, QueueEntryBaseDto } from './dto/responses.dto';
export { PlayerDto } from './dto/delegation.dto';
