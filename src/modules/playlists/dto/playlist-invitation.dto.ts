import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';

export class PlaylistInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) playlistId: string;
  @ApiProperty({ type: UserCardDto }) invitee: UserCardDto;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
