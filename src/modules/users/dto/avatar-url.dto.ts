import { ApiProperty } from '@nestjs/swagger';

export class AvatarUrlDto {
  @ApiProperty({ example: '/api/users/6f1c…/avatar' }) avatarUrl: string;
}
