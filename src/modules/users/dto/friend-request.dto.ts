import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from './user-card.dto';

export class FriendRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ type: UserCardDto }) from: UserCardDto;
  @ApiProperty({ type: UserCardDto }) to: UserCardDto;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
