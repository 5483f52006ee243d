import { ApiProperty } from '@nestjs/swagger';
import { FriendRequestDto } from './friend-request.dto';

export class FriendRequestPageDto {
  @ApiProperty({ type: [FriendRequestDto] }) items: FriendRequestDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
