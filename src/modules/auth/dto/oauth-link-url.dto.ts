import { ApiProperty } from '@nestjs/swagger';

export class OAuthLinkUrlDto {
  @ApiProperty({
    description:
      'Open it in the browser: it goes to the provider and back to redirectUri?linkCode=<code> or ?error=<code>; then POST /auth/oauth/link/confirm {code} with the same account.',
  })
  url: string;
}
