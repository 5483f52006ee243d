import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';

export const PLAYBACK_ACTIONS = ['play', 'pause', 'next', 'seek'] as const;

export type PlaybackAction = (typeof PLAYBACK_ACTIONS)[number];

export class PlaybackCommandDto {
  @ApiProperty({ enum: PLAYBACK_ACTIONS })
  @IsIn(PLAYBACK_ACTIONS)
  action: PlaybackAction;

  @ApiPropertyOptional({ minimum: 0, description: 'Required by seek.' })
  @ValidateIf((command: PlaybackCommandDto) => command.action === 'seek' || command.positionMs !== undefined)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  positionMs?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'next only: advance only if this entry is still the one on the deck, so a repeated next advances once.',
  })
  @IsOptional()
  @IsUUID()
  fromEntryId?: string;
}
