import { ApiProperty } from '@nestjs/swagger';

export class InvitationTargetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}
