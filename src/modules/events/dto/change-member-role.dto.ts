import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const MEMBER_ROLES = ['guest', 'host'] as const;

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: MEMBER_ROLES, description: 'Promote a guest to host or demote a host to guest (owner only).' })
  @IsIn(MEMBER_ROLES)
  role: (typeof MEMBER_ROLES)[number];
}
