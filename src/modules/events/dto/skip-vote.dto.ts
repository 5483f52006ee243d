import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocationDto } from './location.dto';

export class SkipVoteDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The entry the caller wants skipped: when another one is on the deck by now, the vote is refused (409) instead of counting for it.',
  })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional({ type: LocationDto, description: 'Required when the event has a geo area (the voting licence applies).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
}
