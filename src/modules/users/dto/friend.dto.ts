import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from './user-card.dto';

export class FriendDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ type: String, format: 'date-time' }) since: string;
}
