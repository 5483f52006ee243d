import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class AudioFileParamsDto {
  @ApiProperty({ example: 'kevin-macleod-monkeys-spinning-monkeys.mp3', description: 'A bundled track id (its providerTrackId) followed by .mp3' })
  @IsString()
  @Length(1, 100)
  file: string;
}
