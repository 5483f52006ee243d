import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class OAuthProviderParamsDto {
  @ApiProperty({ enum: ['google', '42'] })
  @IsString()
  @MaxLength(32)
  provider: string;
}
