import { ApiProperty } from '@nestjs/swagger';

export class OAuthProviderDto {
  @ApiProperty({ enum: ['google', '42'] })
  id: string;

  @ApiProperty({ example: 'Google' })
  name: string;
}
