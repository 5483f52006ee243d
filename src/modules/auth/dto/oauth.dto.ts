import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class OAuthProviderParamsDto {
  @ApiProperty({ enum: ['google', '42'] })
  @IsString()
  @MaxLength(32)
  provider: string;
}

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

export class OAuthLinkDto {
  @ApiPropertyOptional({ description: 'Where to come back to (allow-listed); defaults to the first allowed URI.' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  redirectUri?: string;
}

export class OAuthLinkUrlDto {
  @ApiProperty({
    description:
      'Open it in the browser: it goes to the provider and back to redirectUri?linkCode=<code> or ?error=<code>; then POST /auth/oauth/link/confirm {code} with the same account.',
  })
  url: string;
}

export class IdentityDto {
  @ApiProperty({ enum: ['password', 'google', '42'] })
  provider: string;

  @ApiProperty({ type: String, format: 'date-time' })
  linkedAt: string;
}

export class OAuthProviderDto {
  @ApiProperty({ enum: ['google', '42'] })
  id: string;

  @ApiProperty({ example: 'Google' })
  name: string;
}
