import { ApiProperty } from '@nestjs/swagger';
import { TrackDto } from '../../music';
import { UserCardDto } from '../../users';

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
