import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from './user-card.dto';

export class FriendshipDto {
  @ApiProperty({ enum: ['friends'] }) status: 'friends';
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
}
