import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class AudioFileParamsDto {
  @ApiProperty({ example: 'c-major-arpeggio.wav' })
  @IsString()
  @Length(1, 100)
  file: string;
}
