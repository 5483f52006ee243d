import type { DomainEvents } from '../../common/events/domain-events';
import type { PlayerDto } from './dto/player.dto';
import type { EventSettingsDto } from './dto/event-settings.dto';
import type { PlaybackDto } from './dto/playback.dto';
import type { QueueEntryBaseDto } from './dto/queue-entry-base.dto';

/**
 * What every event-scoped domain event carries. `version` is the event's version right after this change:
 * it rises by exactly one per published change of the event, so a client that sees a gap refetches.
 * Payloads never hold per-viewer data (`myRole`, `canVote`, `votedByMe`): clients read those over REST
 * (`GET /api/events/:id`), and a voter learns its own `votedByMe` from the vote's response.
 */
export interface EventChange {
  eventId: string;
  version: number;
  /** ISO-8601 server time of the change. */
  at: string;
}

export interface EventUpdatedEvent extends EventChange {
  event: EventSettingsDto;
}

export type EventDeletedEvent = EventChange;

export interface QueueTrackAddedEvent extends EventChange {
  /** A new entry: score 0, nobody voted yet. */
  entry: QueueEntryBaseDto;
}

export interface QueueTrackRemovedEvent extends EventChange {
  entryId: string;
  /** `removed` by its proposer or a host, or `playing`: it left the queue for the deck. */
  reason: 'removed' | 'playing';
}

export interface QueueVoteChangedEvent extends EventChange {
  entryId: string;
  score: number;
}

/**
 * A command of the owner, a host or a delegate (`play`, `pause`, `seek`, `next`); `auto_advance`: the track ended
 * and no device sent `next` within the grace; `crowd_skip`: the skip votes reached the threshold.
 */
export const PLAYBACK_CHANGE_REASONS = ['play', 'pause', 'seek', 'next', 'auto_advance', 'crowd_skip'] as const;
export type PlaybackChangeReason = (typeof PLAYBACK_CHANGE_REASONS)[number];

export interface PlaybackChangedEvent extends EventChange {
  /** Null when nothing is on the deck any more. */
  playback: PlaybackDto | null;
  reason: PlaybackChangeReason;
}

export interface SkipVotesChangedEvent extends EventChange {
  /** The entry on the deck the votes are for. */
  entryId: string;
  votes: number;
  threshold: number;
}

export interface MembersChangedEvent extends EventChange {
  userId: string;
  /** The user's place now: `listener` joined a public event; null left (or was never more than a delegate). */
  role: 'host' | 'guest' | 'listener' | null;
  isDelegate: boolean;
}

/** The player device changed: chosen, or gone because its session ended or its user lost control. */
export interface PlayerChangedEvent extends EventChange {
  player: PlayerDto | null;
}

declare module '../../common/events/domain-events' {
  interface DomainEvents {
    'event.updated': EventUpdatedEvent;
    'event.deleted': EventDeletedEvent;
    'queue.track_added': QueueTrackAddedEvent;
    'queue.track_removed': QueueTrackRemovedEvent;
    'queue.vote_changed': QueueVoteChangedEvent;
    'playback.changed': PlaybackChangedEvent;
    'playback.skip_votes_changed': SkipVotesChangedEvent;
    'members.changed': MembersChangedEvent;
    'player.changed': PlayerChangedEvent;
  }
}

export const EVENT_DOMAIN_EVENTS = [
  'event.updated',
  'event.deleted',
  'queue.track_added',
  'queue.track_removed',
  'queue.vote_changed',
  'playback.changed',
  'playback.skip_votes_changed',
  'members.changed',
  'player.changed',
] as const satisfies ReadonlyArray<keyof DomainEvents>;
export type EventDomainEventName = (typeof EVENT_DOMAIN_EVENTS)[number];
export type EventDomainEvents = Pick<DomainEvents, EventDomainEventName>;
