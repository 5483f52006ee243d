import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class PlaylistInvitationParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() invitationId: string;
}
