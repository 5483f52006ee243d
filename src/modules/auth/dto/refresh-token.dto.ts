import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** Body of refresh and logout. The web client sends `{}` with X-Client-Platform: web and its cookie instead. */
export class RefreshTokenDto {
  @ApiPropertyOptional({ description: 'Omit on the web: the httpOnly cookie is used.' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  refreshToken?: string;
}
