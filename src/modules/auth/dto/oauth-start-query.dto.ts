import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class OAuthStartQueryDto {
  @ApiProperty({ description: 'Where to come back to; must be on OAUTH_REDIRECT_ALLOWLIST.', example: 'musicroom://auth' })
  @IsString()
  @MaxLength(2048)
  redirectUri: string;

  @ApiPropertyOptional({ description: 'Set by the URL that POST /oauth/:provider/link returns.' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  linkTicket?: string;
}
