import { ApiProperty } from '@nestjs/swagger';
import { PendingInvitationDto } from '../../invitations';
import { PlaylistMemberDto } from './playlist-member.dto';

export class PlaylistMembersDto {
  @ApiProperty({ type: [PlaylistMemberDto], description: 'The owner first, then members in the order they joined.' })
  members: PlaylistMemberDto[];
  @ApiProperty({ type: [PendingInvitationDto], nullable: true, description: 'Pending invitations, for the owner only (null for others).' })
  invitations: PendingInvitationDto[] | null;
  @ApiProperty({ minimum: 0 }) version: number;
}
