import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LocationDto } from './location.dto';

export class ProposeTrackDto {
  @ApiProperty({ example: 'bundled' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  provider: string;

  @ApiProperty({ example: 'bundled-001' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  providerTrackId: string;

  @ApiPropertyOptional({ type: LocationDto, description: 'Required when the event has a geo area.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
}
