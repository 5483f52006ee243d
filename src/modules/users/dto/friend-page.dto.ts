import { ApiProperty } from '@nestjs/swagger';
import { FriendDto } from './friend.dto';

export class FriendPageDto {
  @ApiProperty({ type: [FriendDto] }) items: FriendDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
