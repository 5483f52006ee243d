import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Body of POST /oauth/exchange: the one-time `code` the callback put in the redirect. */
export class OAuthCodeDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  code: string;
}
