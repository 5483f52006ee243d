import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

export const EVENT_SCOPES = ['public', 'mine', 'invited'] as const;

export type EventScope = (typeof EVENT_SCOPES)[number];

export const NEARBY_MAX_RADIUS_KM = 500;

export const NEARBY_DEFAULT_RADIUS_KM = 25;

export class ListEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: EVENT_SCOPES,
    default: 'public',
    description: 'public: every public event, newest first; mine: events I own; invited: events I am a host or guest of.',
  })
  @IsOptional()
  @IsIn(EVENT_SCOPES)
  scope: EventScope = 'public';

  @ApiPropertyOptional({
    type: String,
    example: '48.8566,2.3522',
    description:
      'lat,lng: public events that have an area, nearest first (distance to the centre of the area), within radiusKm; scope is then ignored.',
  })
  @IsOptional()
  @Matches(/^\s*-?\d{1,3}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/, { message: 'near must be "lat,lng" in decimal degrees' })
  near?: string;

  @ApiPropertyOptional({ minimum: 0.1, maximum: NEARBY_MAX_RADIUS_KM, default: NEARBY_DEFAULT_RADIUS_KM, description: 'With near only.' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(NEARBY_MAX_RADIUS_KM)
  radiusKm?: number;
}
