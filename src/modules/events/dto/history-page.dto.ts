import { ApiProperty } from '@nestjs/swagger';
import { HistoryEntryDto } from './history-entry.dto';

export class HistoryPageDto {
  @ApiProperty({ type: [HistoryEntryDto], description: 'Most recently played first; score is the final score.' })
  items: HistoryEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
