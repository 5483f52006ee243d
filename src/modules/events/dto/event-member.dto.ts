import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { EVENT_ROLES, type EventRole } from './event.dto';

/** One person of an event's roster: the owner, a host or guest, or a delegate who is neither (role null). */
export class EventMemberDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ enum: EVENT_ROLES, nullable: true, description: 'Null for a playback delegate who is not a member.' })
  role: EventRole | null;
  @ApiProperty({ description: 'Holds a Music Control Delegation grant.' }) isDelegate: boolean;
}
