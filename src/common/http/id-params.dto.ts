import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` route parameter; a malformed id is a 400 with the field named, never a database error. */
export class IdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
