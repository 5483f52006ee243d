import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
