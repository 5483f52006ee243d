import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class InviteToPlaylistDto {
  @ApiProperty({ format: 'uuid', description: 'The user invited to edit this playlist.' })
  @IsUUID()
  userId: string;
}
