import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

/** When votes and proposals are accepted (server time, `startsAt` inclusive, `endsAt` exclusive). */
export class TimeWindowDto {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  endsAt: string;
}
