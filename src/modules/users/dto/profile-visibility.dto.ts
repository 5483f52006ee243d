import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { VISIBILITIES, type Visibility } from '../profile-visibility';

/** Visibility of each profile field; in PATCH every key is optional. */
export class ProfileVisibilityDto {
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) displayName?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) avatar?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) bio?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) location?: Visibility;
  @ApiProperty({ enum: VISIBILITIES, required: false }) @IsOptional() @IsIn(VISIBILITIES) musicPreferences?: Visibility;
}
