import { ApiProperty } from '@nestjs/swagger';

export class IdentityDto {
  @ApiProperty({ enum: ['password', 'google', '42'] })
  provider: string;

  @ApiProperty({ type: String, format: 'date-time' })
  linkedAt: string;
}
