import type { DomainEventName } from '../../common/events/domain-events';
import type { PlaylistEntryDto } from './dto/playlist-entry.dto';
import type { PlaylistMetadataDto } from './dto/playlist-metadata.dto';

/**
 * Domain events of playlists, published after commit. `version` is the playlist's version right after the
 * change (it rises by one per change); `at` is when it happened (ISO-8601). The realtime gateway relays them
 * to the room `playlist:<playlistId>`.
 */
interface PlaylistChange {
  playlistId: string;
  version: number;
  at: string;
}

export interface PlaylistUpdatedEvent extends PlaylistChange {
  playlist: PlaylistMetadataDto;
}

export interface PlaylistTrackAddedEvent extends PlaylistChange {
  entry: PlaylistEntryDto;
}

export interface PlaylistTrackMovedEvent extends PlaylistChange {
  entryId: string;
  position: string;
}

export interface PlaylistTrackRemovedEvent extends PlaylistChange {
  entryId: string;
}

/** Socket event `members.changed`: role null = no longer a member. */
export interface PlaylistMembersChangedEvent extends PlaylistChange {
  userId: string;
  role: 'editor' | null;
}

/** The playlist is gone: subscribers of its room should leave it. */
export type PlaylistDeletedEvent = PlaylistChange;

declare module '../../common/events/domain-events' {
  interface DomainEvents {
    'playlist.updated': PlaylistUpdatedEvent;
    'playlist.track_added': PlaylistTrackAddedEvent;
    'playlist.track_moved': PlaylistTrackMovedEvent;
    'playlist.track_removed': PlaylistTrackRemovedEvent;
    'playlist.members_changed': PlaylistMembersChangedEvent;
    'playlist.deleted': PlaylistDeletedEvent;
  }
}

export type PlaylistEventName = Extract<DomainEventName, `playlist.${string}`>;
