import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EventSettingsDto } from './event-settings.dto';
import { EVENT_ROLES, EventRole } from './event.dto';

export class EventSummaryDto extends EventSettingsDto {
  @ApiProperty({ enum: EVENT_ROLES, nullable: true }) myRole: EventRole | null;
  @ApiProperty({ minimum: 0 }) listenerCount: number;
  @ApiProperty({ minimum: 0 }) version: number;
  @ApiPropertyOptional({ minimum: 0, description: 'With near only: meters from the given point to the centre of the area.' })
  distanceMeters?: number;
}
