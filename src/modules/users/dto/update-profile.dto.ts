import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { MusicPreferencesDto } from './music-preferences.dto';
import { ProfileVisibilityDto } from './profile-visibility.dto';

/** PATCH /users/me. Unknown fields (plan, email…) are rejected by the global pipe with VALIDATION_FAILED. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(500)
  bio?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'City, free text.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(100)
  location?: string | null;

  @ApiPropertyOptional({ type: MusicPreferencesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MusicPreferencesDto)
  musicPreferences?: MusicPreferencesDto;

  @ApiPropertyOptional({ type: ProfileVisibilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfileVisibilityDto)
  visibility?: ProfileVisibilityDto;
}
