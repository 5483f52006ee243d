export { EventsModule } from './events.module';
export { EventsAccess } from './events-access';
export { ConnectedListeners } from './connected-listeners';
export { EVENT_DOMAIN_EVENTS, PLAYBACK_CHANGE_REASONS, type EventDomainEventName } from './event-domain-events';
export type {
  EventChange,
  EventDeletedEvent,
  EventUpdatedEvent,
  MembersChangedEvent,
  PlaybackChangedEvent,
  QueueTrackAddedEvent,
  QueueTrackRemovedEvent,
  QueueVoteChangedEvent,
  SkipVotesChangedEvent,
  PlaybackChangeReason,
} from './event-domain-events';
export { eventsEntities } from './entities';
export { EventSettingsDto } from './dto/event-settings.dto';
export { PlaybackDto } from './dto/playback.dto';
export { QueueEntryBaseDto } from './dto/queue-entry-base.dto';
export { PlayerDto } from './dto/player.dto';
