import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import type { PlaylistEditLicense, PlaylistVisibility } from '../entities/playlist.entity';
import { EDIT_LICENSES, VISIBILITIES } from './create-playlist.dto';

/** A playlist's settings, the same for every viewer (what `playlist.updated` carries). */
export class PlaylistMetadataDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: VISIBILITIES }) visibility: PlaylistVisibility;
  @ApiProperty({ enum: EDIT_LICENSES }) editLicense: PlaylistEditLicense;
  @ApiProperty({ description: 'false = "no duplicates".' }) allowDuplicates: boolean;
  @ApiProperty({ type: UserCardDto }) owner: UserCardDto;
  @ApiProperty({ description: 'Rises by one with every change of the playlist.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
