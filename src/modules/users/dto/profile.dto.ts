import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Relation, VisibleProfile } from '../profile-visibility';
import { MusicPreferencesDto } from './music-preferences.dto';

/** Another user's profile: a field the caller may not see is absent. */
export class ProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional() displayName?: string;
  @ApiPropertyOptional() avatarUrl?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) bio?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) location?: string | null;
  @ApiPropertyOptional({ type: MusicPreferencesDto }) musicPreferences?: MusicPreferencesDto;
  @ApiProperty({ enum: ['self', 'friend', 'stranger'] }) relation: Relation;
}

export const toProfileDto = (view: VisibleProfile, relation: Relation): ProfileDto => ({ ...view, relation });
