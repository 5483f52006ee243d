import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { LocationDto } from './geo.dto';

export class EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class EntryParamsDto extends EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  entryId: string;
}

export class MemberParamsDto extends EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}

export class InvitationParamsDto extends EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  invitationId: string;
}

export const MEMBER_ROLES = ['guest', 'host'] as const;

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES, description: 'Promote a guest to host or demote a host to guest (owner only).' })
  @IsIn(MEMBER_ROLES)
  role: (typeof MEMBER_ROLES)[number];
}

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

export class VoteDto {
  @ApiPropertyOptional({ type: LocationDto, description: 'Required when the event has a geo area.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
}

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

export const INVITABLE_ROLES = ['guest', 'host'] as const;

export class InviteToEventDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiPropertyOptional({ enum: INVITABLE_ROLES, default: 'guest', description: 'Only the owner may invite hosts.' })
  @IsOptional()
  @IsIn(INVITABLE_ROLES)
  role?: (typeof INVITABLE_ROLES)[number];
}

export class ExportHistoryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Name of the new playlist (default: "<event name> — history").' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;
}
