import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PendingInvitationDto } from '../../invitations';
import { UserCardDto } from '../../users';

export const PLAYLIST_ROLES = ['owner', 'editor'] as const;

export class PlaylistMemberDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ enum: PLAYLIST_ROLES, description: '`editor`: accepted an invitation.' }) role: (typeof PLAYLIST_ROLES)[number];
}

export class PlaylistMembersDto {
  @ApiProperty({ type: [PlaylistMemberDto], description: 'The owner first, then members in the order they joined.' })
  members: PlaylistMemberDto[];
  @ApiProperty({ type: [PendingInvitationDto], nullable: true, description: 'Pending invitations, for the owner only (null for others).' })
  invitations: PendingInvitationDto[] | null;
  @ApiProperty({ minimum: 0 }) version: number;
}

export class PlaylistInvitationParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() invitationId: string;
}
