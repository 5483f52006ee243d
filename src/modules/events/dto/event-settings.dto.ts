import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { EVENT_VISIBILITIES, VOTE_LICENSES } from './create-event.dto';
import { GeoAreaDto } from './geo-area.dto';
import { TimeWindowDto } from './time-window.dto';

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
