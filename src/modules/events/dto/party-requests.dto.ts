import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { EVENT_CODE_ALPHABET } from '../event-code';
import { LocationDto } from './geo.dto';

export class ImportPlaylistDto {
  @ApiProperty({ format: 'uuid', description: 'A playlist the caller can read.' })
  @IsUUID()
  playlistId: string;

  @ApiPropertyOptional({ type: LocationDto, description: 'Required when the event has a geo area.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
}

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

export class EventCodeParamsDto {
  @ApiProperty({ description: `6 to 8 characters of ${EVENT_CODE_ALPHABET}; case, spaces and dashes are ignored.`, example: 'K7RM4QX' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase().replace(/[\s-]/g, '') : value))
  @IsString()
  @Matches(new RegExp(`^[${EVENT_CODE_ALPHABET}]{6,8}$`), { message: 'code must be 6 to 8 characters of the join-code alphabet' })
  code: string;
}
