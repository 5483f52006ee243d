import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { MUSIC_PROVIDER_IDS, type MusicProviderId } from '../music-provider';

export class SearchQueryDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'monkeys' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  q: string;

  @ApiPropertyOptional({ enum: MUSIC_PROVIDER_IDS, default: 'bundled', description: 'One of GET /music/providers.' })
  @IsOptional()
  @IsIn(MUSIC_PROVIDER_IDS)
  provider?: MusicProviderId;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
