import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocationDto } from './location.dto';

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
