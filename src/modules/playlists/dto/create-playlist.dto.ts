import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { PlaylistEditLicense, PlaylistVisibility } from '../entities/playlist.entity';
import { MAX_PLAYLIST_DESCRIPTION_LENGTH, MAX_PLAYLIST_NAME_LENGTH } from '../playlist-limits';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export const VISIBILITIES: PlaylistVisibility[] = ['public', 'private'];
export const EDIT_LICENSES: PlaylistEditLicense[] = ['everyone', 'invited'];

export class CreatePlaylistDto {
  @ApiProperty({ maxLength: MAX_PLAYLIST_NAME_LENGTH, example: 'Sunday morning' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PLAYLIST_NAME_LENGTH)
  name: string;

  @ApiPropertyOptional({ maxLength: MAX_PLAYLIST_DESCRIPTION_LENGTH, default: '' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_PLAYLIST_DESCRIPTION_LENGTH)
  description?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES, default: 'public' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: PlaylistVisibility;

  @ApiPropertyOptional({ enum: EDIT_LICENSES, default: 'everyone', description: '`everyone` (the default): anyone who can see it edits. `invited`: only the owner and invited members edit.' })
  @IsOptional()
  @IsIn(EDIT_LICENSES)
  editLicense?: PlaylistEditLicense;

  @ApiPropertyOptional({ default: true, description: 'false = "no duplicates": a track may appear only once.' })
  @IsOptional()
  @IsBoolean()
  allowDuplicates?: boolean;
}
