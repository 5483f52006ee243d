import { ApiProperty } from '@nestjs/swagger';
import { QueueEntryBaseDto } from './queue-entry-base.dto';

export class HistoryEntryDto extends QueueEntryBaseDto {
  @ApiProperty({ description: "Played from the event's fallback playlist (proposedBy is then null)." }) fromFallback: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) startedAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it stopped playing (finished or skipped).' }) playedAt: string;
}
