import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TrackParamsDto {
  @ApiProperty({ example: 'deezer', description: 'A provider id; one that is not enabled here answers 404.' })
  @IsString()
  @Length(1, 40)
  provider: string;

  @ApiProperty({ example: '3135556' })
  @IsString()
  @Length(1, 200)
  providerTrackId: string;
}
