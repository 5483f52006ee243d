import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { EVENT_CODE_ALPHABET } from '../event-code';

export class EventCodeParamsDto {
  @ApiProperty({ description: `6 to 8 characters of ${EVENT_CODE_ALPHABET}; case, spaces and dashes are ignored.`, example: 'K7RM4QX' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase().replace(/[\s-]/g, '') : value))
  @IsString()
  @Matches(new RegExp(`^[${EVENT_CODE_ALPHABET}]{6,8}$`), { message: 'code must be 6 to 8 characters of the join-code alphabet' })
  code: string;
}
