import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';

export const MIN_TRACK_DURATION_LIMIT_MS = 10_000;
export const MAX_TRACK_DURATION_LIMIT_MS = 6 * 3_600_000;
export const MAX_SKIP_THRESHOLD = 10_000;

/** The party settings, accepted on create and PATCH (absent: unchanged; `null`: back to the default). */
export class PartySettingsDto {
  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'A playlist the caller can read: when the queue runs dry the next track comes from it, shuffled, no repeats until it is exhausted.',
  })
  @IsOptional()
  @IsUUID()
  fallbackPlaylistId?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: MIN_TRACK_DURATION_LIMIT_MS,
    maximum: MAX_TRACK_DURATION_LIMIT_MS,
    description: 'Longest track that may be proposed (ms); a longer proposal gets 422 TRACK_TOO_LONG. Null: no limit (default).',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_TRACK_DURATION_LIMIT_MS)
  @Max(MAX_TRACK_DURATION_LIMIT_MS)
  maxTrackDurationMs?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_SKIP_THRESHOLD,
    description: 'Skip votes that skip the playing track. Null (default): half the connected listeners, at least 3.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SKIP_THRESHOLD)
  skipThreshold?: number | null;

  @ApiPropertyOptional({ default: false, description: 'A private event can be joined with its code; the joiner becomes a guest.' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsBoolean()
  joinByLink?: boolean;
}
