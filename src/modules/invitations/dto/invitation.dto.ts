import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UserCardDto } from '../../users';

export class InvitationTargetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['event', 'playlist'] }) kind: 'event' | 'playlist';
  @ApiProperty({ type: InvitationTargetDto }) target: InvitationTargetDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For events: "guest" or "host".' }) role: string | null;
  @ApiProperty({ type: UserCardDto, description: 'Who invited me, as they let me see them.' }) invitedBy: UserCardDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class InvitationPageDto {
  @ApiProperty({ type: [InvitationDto] }) items: InvitationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['accepted', 'declined'] }) status: 'accepted' | 'declined';
}
