import { ApiProperty } from '@nestjs/swagger';
import { PendingInvitationDto } from '../../invitations';
import { EventMemberDto } from './event-member.dto';

export class EventMembersDto {
  @ApiProperty({ type: [EventMemberDto], description: 'The owner first, then hosts, guests and delegates.' })
  members: EventMemberDto[];
  @ApiProperty({ minimum: 0, description: 'Users who joined the public event to listen.' }) listenerCount: number;
  @ApiProperty({ type: [PendingInvitationDto], nullable: true, description: 'Pending invitations, for the owner and hosts only (null for others).' })
  invitations: PendingInvitationDto[] | null;
  @ApiProperty({ minimum: 0 }) version: number;
}
