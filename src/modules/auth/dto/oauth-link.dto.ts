import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class OAuthLinkDto {
  @ApiPropertyOptional({ description: 'Where to come back to (allow-listed); defaults to the first allowed URI.' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  redirectUri?: string;
}
