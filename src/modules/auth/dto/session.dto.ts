import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MeDto, toMeDto } from '../../users';
import type { IssuedSession } from '../sessions/sessions.service';

export class SessionDto {
  @ApiProperty({ description: 'JWT for Authorization: Bearer (HS256, at most 15 minutes).' })
  accessToken: string;

  @ApiPropertyOptional({ description: 'Opaque, single-use (rotated on refresh). Absent for X-Client-Platform: web, which gets an httpOnly cookie.' })
  refreshToken?: string;

  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 })
  expiresIn: number;

  @ApiProperty({ type: MeDto })
  user: MeDto;
}

export function toSessionDto(session: IssuedSession, includeRefreshToken: boolean): SessionDto {
  return {
    accessToken: session.accessToken,
    ...(includeRefreshToken ? { refreshToken: session.refreshToken } : {}),
    expiresIn: session.expiresIn,
    user: toMeDto(session.account),
  };
}
