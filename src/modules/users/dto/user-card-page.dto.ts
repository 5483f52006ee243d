import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from './user-card.dto';

export class UserCardPageDto {
  @ApiProperty({ type: [UserCardDto] }) items: UserCardDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
