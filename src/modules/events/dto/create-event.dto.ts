import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { GeoAreaDto } from './geo-area.dto';
import { TimeWindowDto } from './time-window.dto';
import { PartySettingsDto } from './party-settings.dto';

/** Optional, but never null: `null` is refused instead of being written into a NOT NULL column. */
const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export const EVENT_VISIBILITIES = ['public', 'private'] as const;
export const VOTE_LICENSES = ['everyone', 'invited'] as const;

export class CreateEventDto extends PartySettingsDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000, default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ enum: EVENT_VISIBILITIES, default: 'public' })
  @IsOptionalNotNull()
  @IsIn(EVENT_VISIBILITIES)
  visibility?: (typeof EVENT_VISIBILITIES)[number];

  @ApiPropertyOptional({ enum: VOTE_LICENSES, default: 'everyone' })
  @IsOptionalNotNull()
  @IsIn(VOTE_LICENSES)
  voteLicense?: (typeof VOTE_LICENSES)[number];

  @ApiPropertyOptional({ type: GeoAreaDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoAreaDto)
  geo?: GeoAreaDto | null;

  @ApiPropertyOptional({ type: TimeWindowDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeWindowDto)
  window?: TimeWindowDto | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 3, description: 'Proposals one user may have waiting in the queue.' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(100)
  maxProposalsPerUser?: number;
}
