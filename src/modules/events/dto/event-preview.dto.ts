import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { EVENT_VISIBILITIES } from './create-event.dto';
import { EVENT_ROLES, EventRole } from './event.dto';

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
