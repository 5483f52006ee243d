import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { PlaylistEntryDto } from './playlist-entry.dto';
import { PlaylistSummaryDto } from './playlist-summary.dto';

/** The whole playlist as the caller sees it: settings, members, and every entry in order. */
export class PlaylistDto extends PlaylistSummaryDto {
  @ApiProperty({ type: [UserCardDto], description: 'Users who accepted an invitation (the owner is not listed).' })
  members: UserCardDto[];

  @ApiProperty({ type: [PlaylistEntryDto], description: 'Ordered by position.' })
  tracks: PlaylistEntryDto[];
}
