import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EventParamsDto } from './event-params.dto';

export class DelegateParamsDto extends EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}
