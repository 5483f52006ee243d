import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const INVITABLE_ROLES = ['guest', 'host'] as const;

export class InviteToEventDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiPropertyOptional({ enum: INVITABLE_ROLES, default: 'guest', description: 'Only the owner may invite hosts.' })
  @IsOptional()
  @IsIn(INVITABLE_ROLES)
  role?: (typeof INVITABLE_ROLES)[number];
}
