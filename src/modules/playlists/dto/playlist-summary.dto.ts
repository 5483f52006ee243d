import { ApiProperty } from '@nestjs/swagger';
import { PlaylistMetadataDto } from './playlist-metadata.dto';

/** A list item: the settings, what the caller may do, and how many tracks. */
export class PlaylistSummaryDto extends PlaylistMetadataDto {
  @ApiProperty({ description: 'The caller may add, move and remove tracks.' }) canEdit: boolean;
  @ApiProperty({ enum: ['owner', 'editor'], nullable: true, type: String }) myRole: 'owner' | 'editor' | null;
  @ApiProperty() trackCount: number;
}
