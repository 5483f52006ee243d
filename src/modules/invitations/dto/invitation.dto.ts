import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { InvitationTargetDto } from './invitation-target.dto';

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['event', 'playlist'] }) kind: 'event' | 'playlist';
  @ApiProperty({ type: InvitationTargetDto }) target: InvitationTargetDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For events: "guest" or "host".' }) role: string | null;
  @ApiProperty({ type: UserCardDto, description: 'Who invited me, as they let me see them.' }) invitedBy: UserCardDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
