import { ApiProperty } from '@nestjs/swagger';
import { PlayerDto } from './player.dto';
import { EventSettingsDto } from './event-settings.dto';
import { QueueEntryDto } from './queue-entry.dto';
import { PlaybackDto } from './playback.dto';

export const EVENT_ROLES = ['owner', 'host', 'guest'] as const;

export type EventRole = (typeof EVENT_ROLES)[number];

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
