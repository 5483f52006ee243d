import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TrackDto } from '../../music';
import { UserCardDto } from '../../users';
import { PlayerDto } from './delegation.dto';
import { EVENT_VISIBILITIES, VOTE_LICENSES } from './event-settings.dto';
import { GeoAreaDto, TimeWindowDto } from './geo.dto';

export const EVENT_ROLES = ['owner', 'host', 'guest'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** A queue entry as broadcast to every viewer: no per-viewer field. */
export class QueueEntryBaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: TrackDto }) track: TrackDto;
  @ApiProperty({ type: UserCardDto, nullable: true, description: 'Null when the proposer deleted their account.' })
  proposedBy: UserCardDto | null;
  @ApiProperty({ minimum: 0 }) score: number;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
}

export class QueueEntryDto extends QueueEntryBaseDto {
  @ApiProperty({ description: 'Whether the caller voted for this entry.' }) votedByMe: boolean;
}

export const PLAYBACK_STATES = ['playing', 'paused', 'stopped'] as const;

export class PlaybackDto {
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) entryId: string | null;
  @ApiProperty({ type: TrackDto, nullable: true }) track: TrackDto | null;
  @ApiProperty({ enum: PLAYBACK_STATES, description: '"stopped" (nothing on the deck) only answers a command; nowPlaying is then null.' })
  state: (typeof PLAYBACK_STATES)[number];
  @ApiProperty({ minimum: 0, description: 'Position when this was produced; while playing, add the time elapsed since.' })
  positionMs: number;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When this entry started playing.' })
  startedAt: string | null;
  @ApiProperty({ type: UserCardDto, nullable: true, description: 'Who issued the last playback command; null when the server advanced by itself.' })
  controlledBy: UserCardDto | null;
  @ApiProperty({ description: "Started from the event's fallback playlist because the queue was empty." }) fromFallback: boolean;
}

/** The settings of an event, as broadcast in `event.updated`: nothing that depends on who looks. */
export class EventSettingsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: EVENT_VISIBILITIES }) visibility: (typeof EVENT_VISIBILITIES)[number];
  @ApiProperty({ enum: VOTE_LICENSES }) voteLicense: (typeof VOTE_LICENSES)[number];
  @ApiProperty({ type: GeoAreaDto, nullable: true }) geo: GeoAreaDto | null;
  @ApiProperty({ type: TimeWindowDto, nullable: true }) window: TimeWindowDto | null;
  @ApiProperty({ minimum: 1 }) maxProposalsPerUser: number;
  @ApiProperty({ description: 'Join code (6 to 8 characters, no look-alikes): /e/<code> opens the event.', example: 'K7RM4QX' }) code: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) fallbackPlaylistId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Longest track that may be proposed (ms); null: no limit.' })
  maxTrackDurationMs: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Skip votes that skip the playing track; null: half the connected listeners, at least 3.' })
  skipThreshold: number | null;
  @ApiProperty({ description: 'A private event can be joined with its code (as a guest).' }) joinByLink: boolean;
  @ApiProperty({ type: UserCardDto }) owner: UserCardDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EventDto extends EventSettingsDto {
  @ApiProperty({ enum: EVENT_ROLES, nullable: true, description: 'Null for listeners and passers-by.' }) myRole: EventRole | null;
  @ApiProperty({ description: 'Whether the caller joined this event as a listener.' }) isListener: boolean;
  @ApiProperty({ description: 'Licence and window allow the caller to vote now (a geo area still needs a location).' })
  canVote: boolean;
  @ApiProperty({ description: 'Owner or host, or a delegate whose grant covers the calling device.' }) canControlPlayback: boolean;
  @ApiProperty({ type: PlayerDto, nullable: true, description: 'The device that plays the audio (PUT /events/:id/player).' })
  player: PlayerDto | null;
  @ApiProperty({ description: 'The calling device is the player device.' }) isPlayer: boolean;
  @ApiProperty({ minimum: 0 }) listenerCount: number;
  @ApiProperty({ type: [QueueEntryDto], description: 'Waiting entries: score desc, then proposedAt asc.' }) queue: QueueEntryDto[];
  @ApiProperty({ type: PlaybackDto, nullable: true }) nowPlaying: PlaybackDto | null;
  @ApiProperty({ minimum: 0 }) version: number;
}

export class EventSummaryDto extends EventSettingsDto {
  @ApiProperty({ enum: EVENT_ROLES, nullable: true }) myRole: EventRole | null;
  @ApiProperty({ minimum: 0 }) listenerCount: number;
  @ApiProperty({ minimum: 0 }) version: number;
  @ApiPropertyOptional({ minimum: 0, description: 'With near only: meters from the given point to the centre of the area.' })
  distanceMeters?: number;
}

export class EventPageDto {
  @ApiProperty({ type: [EventSummaryDto] }) items: EventSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class VoteResultDto {
  @ApiProperty({ minimum: 0 }) score: number;
  @ApiProperty() votedByMe: boolean;
}

export class HistoryEntryDto extends QueueEntryBaseDto {
  @ApiProperty({ description: "Played from the event's fallback playlist (proposedBy is then null)." }) fromFallback: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) startedAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it stopped playing (finished or skipped).' }) playedAt: string;
}

export class HistoryPageDto {
  @ApiProperty({ type: [HistoryEntryDto], description: 'Most recently played first; score is the final score.' })
  items: HistoryEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class EventInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) inviteeId: string;
  @ApiProperty({ enum: ['guest', 'host'] }) role: 'guest' | 'host';
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ExportedPlaylistDto {
  @ApiProperty({ format: 'uuid' }) playlistId: string;
  @ApiProperty() name: string;
  @ApiProperty({ minimum: 1 }) trackCount: number;
}


export class ImportSkippedDto {
  @ApiProperty({ minimum: 0, description: 'Already waiting or playing in the event, or repeated in the playlist.' }) duplicates: number;
  @ApiProperty({ minimum: 0, description: "Longer than the event's maxTrackDurationMs." }) tooLong: number;
  @ApiProperty({ minimum: 0, description: 'Played too recently to be proposed again.' }) recentlyPlayed: number;
  @ApiProperty({ minimum: 0, description: "Left out once the caller's maxProposalsPerUser was reached." }) overLimit: number;
}

export class ImportResultDto {
  @ApiProperty({ type: [QueueEntryDto], description: 'The new entries, in playlist order.' }) added: QueueEntryDto[];
  @ApiProperty({ type: ImportSkippedDto }) skipped: ImportSkippedDto;
}

export class SkipVotesDto {
  @ApiProperty({ minimum: 0, description: 'Votes to skip the entry on the deck.' }) votes: number;
  @ApiProperty({ minimum: 1, description: 'Votes that skip it.' }) threshold: number;
  @ApiProperty({ description: 'Whether the caller voted to skip it.' }) votedByMe: boolean;
  @ApiProperty({ description: 'This vote reached the threshold and the track was skipped.' }) skipped: boolean;
}

export class EventPreviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: EVENT_VISIBILITIES }) visibility: (typeof EVENT_VISIBILITIES)[number];
  @ApiProperty() code: string;
  @ApiProperty({ type: UserCardDto }) owner: UserCardDto;
  @ApiProperty({ enum: EVENT_ROLES, nullable: true }) myRole: EventRole | null;
  @ApiProperty() isListener: boolean;
  @ApiProperty({ description: 'What joining with the code makes the caller.', enum: ['listener', 'guest', 'already_in'] })
  joinsAs: 'listener' | 'guest' | 'already_in';
  @ApiProperty({ minimum: 0 }) listenerCount: number;
}
