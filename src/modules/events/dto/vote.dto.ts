import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { LocationDto } from './location.dto';

export class VoteDto {
  @ApiPropertyOptional({ type: LocationDto, description: 'Required when the event has a geo area.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
}
