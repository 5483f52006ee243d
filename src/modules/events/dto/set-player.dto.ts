import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SetPlayerDto {
  @ApiProperty({ format: 'uuid', description: 'One of my sessions (GET /api/auth/sessions): the device that will play the audio.' })
  @IsUUID()
  sessionId: string;
}
