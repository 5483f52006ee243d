import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';

export const PLAYLIST_ROLES = ['owner', 'editor'] as const;

export class PlaylistMemberDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ enum: PLAYLIST_ROLES, description: '`editor`: accepted an invitation.' }) role: (typeof PLAYLIST_ROLES)[number];
}
