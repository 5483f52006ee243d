import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../passwords/password-policy';

/** Body of verify-email: the `token` from the mailed link. */
export class TokenDto {
  @ApiProperty({ description: 'The token= value of the link in the mail.' })
  @IsString()
  @Length(1, 128)
  token: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

/** Body of POST /oauth/exchange: the one-time `code` the callback put in the redirect. */
export class OAuthCodeDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  code: string;
}
