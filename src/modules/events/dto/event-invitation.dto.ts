import { ApiProperty } from '@nestjs/swagger';

export class EventInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) inviteeId: string;
  @ApiProperty({ enum: ['guest', 'host'] }) role: 'guest' | 'host';
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
