import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';

export class MusicPreferencesDto {
  @ApiProperty({ type: [String], maxItems: 20, example: ['jazz', 'electro'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  genres: string[];

  @ApiProperty({ type: [String], maxItems: 20, example: ['Nina Simone'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  artists: string[];
}
