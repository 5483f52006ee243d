import { ApiProperty } from '@nestjs/swagger';
import { QueueEntryDto } from './queue-entry.dto';
import { ImportSkippedDto } from './import-skipped.dto';

export class ImportResultDto {
  @ApiProperty({ type: [QueueEntryDto], description: 'The new entries, in playlist order.' }) added: QueueEntryDto[];
  @ApiProperty({ type: ImportSkippedDto }) skipped: ImportSkippedDto;
}
