import { ApiProperty } from '@nestjs/swagger';
import { EventSummaryDto } from './event-summary.dto';

export class EventPageDto {
  @ApiProperty({ type: [EventSummaryDto] }) items: EventSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
