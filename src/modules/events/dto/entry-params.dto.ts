import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EventParamsDto } from './event-params.dto';

export class EntryParamsDto extends EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  entryId: string;
}
