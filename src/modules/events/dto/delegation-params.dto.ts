import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DelegationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId: string;
}
