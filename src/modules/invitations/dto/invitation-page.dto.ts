import { ApiProperty } from '@nestjs/swagger';
import { InvitationDto } from './invitation.dto';

export class InvitationPageDto {
  @ApiProperty({ type: [InvitationDto] }) items: InvitationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
