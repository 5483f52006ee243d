import { ApiProperty } from '@nestjs/swagger';
import { QueueEntryBaseDto } from './queue-entry-base.dto';

export class QueueEntryDto extends QueueEntryBaseDto {
  @ApiProperty({ description: 'Whether the caller voted for this entry.' }) votedByMe: boolean;
}
