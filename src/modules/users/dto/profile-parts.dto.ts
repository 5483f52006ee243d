import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { VISIBILITIES, type Visibility } from '../profile-visibility';

export class MusicPreferencesDto {
  @ApiProperty({ type: [String], maxItems: 20, example: ['jazz', 'electro'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  genres: string[];

  @ApiProperty({ type: [String], maxItems: 20, example: ['Nina Simone'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  artists: string[];
}

/** Visibility of each profile field; in PATCH every key is optional. */
export class ProfileVisibilityDto {
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) displayName?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) avatar?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) bio?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) location?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) musicPreferences?: Visibility;
}
