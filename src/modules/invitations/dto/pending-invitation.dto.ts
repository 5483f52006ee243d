import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';

/** A pending invitation as the managers of its event or playlist see it. */
export class PendingInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: UserCardDto }) invitee: UserCardDto;
  @ApiProperty({ type: String, enum: ['guest', 'host'], nullable: true, description: 'Events: the role offered. Playlists: null.' })
  role: 'guest' | 'host' | null;
  @ApiProperty({ type: UserCardDto, nullable: true, description: 'Null when the inviter deleted their account.' })
  invitedBy: UserCardDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
