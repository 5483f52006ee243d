import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Body of verify-email: the `token` from the mailed link. */
export class TokenDto {
  @ApiProperty({ description: 'The token= value of the link in the mail.' })
  @IsString()
  @Length(1, 128)
  token: string;
}
