import { ApiProperty } from '@nestjs/swagger';
import { PendingInvitationDto } from '../../invitations';
import { EventMemberDto } from './event-member.dto';

/** A page of the roster (`?limit=&cursor=`), with what concerns the whole event. */
export class EventMembersDto {
  @ApiProperty({ type: [EventMemberDto], description: 'This page: the owner opens the first page, then hosts, guests and delegates, each in the order they came in.' })
  items: EventMemberDto[];
  @ApiProperty({ type: String, nullable: true, maxLength: 512, description: 'Pass it as `cursor` for the next page; null on the last page.' })
  nextCursor: string | null;
  @ApiProperty({ type: [EventMemberDto], deprecated: true, description: 'The same as `items`, kept for clients written before the roster was paginated.' })
  members: EventMemberDto[];
  @ApiProperty({ minimum: 0, description: 'Users who joined the public event to listen.' }) listenerCount: number;
  @ApiProperty({ type: [PendingInvitationDto], nullable: true, description: 'Pending invitations, for the owner and hosts only (null for others).' })
  invitations: PendingInvitationDto[] | null;
  @ApiProperty({ minimum: 0 }) version: number;
}
