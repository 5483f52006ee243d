import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../passwords/password-policy';
import { TokenDto } from './token.dto';

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}
