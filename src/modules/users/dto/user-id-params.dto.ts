import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class UserIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}
