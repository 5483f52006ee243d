import { ApiProperty } from '@nestjs/swagger';
import { PendingInvitationDto } from '../../invitations';
import { PlaylistMemberDto } from './playlist-member.dto';

/** A page of the roster (`?limit=&cursor=`), with what concerns the whole playlist. */
export class PlaylistMembersDto {
  @ApiProperty({ type: [PlaylistMemberDto], description: 'This page: the owner opens the first page, then members in the order they joined.' })
  items: PlaylistMemberDto[];
  @ApiProperty({ type: String, nullable: true, maxLength: 512, description: 'Pass it as `cursor` for the next page; null on the last page.' })
  nextCursor: string | null;
  @ApiProperty({ type: [PlaylistMemberDto], deprecated: true, description: 'The same as `items`, kept for clients written before the roster was paginated.' })
  members: PlaylistMemberDto[];
  @ApiProperty({ type: [PendingInvitationDto], nullable: true, description: 'Pending invitations, for the owner only (null for others).' })
  invitations: PendingInvitationDto[] | null;
  @ApiProperty({ minimum: 0 }) version: number;
}
