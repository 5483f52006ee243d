import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const PROMPT_MIN = 3;

export const PROMPT_MAX = 400;

export class GenerateAvatarDto {
  @ApiProperty({ minLength: PROMPT_MIN, maxLength: PROMPT_MAX, example: 'a fox wearing headphones, flat illustration' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(PROMPT_MIN)
  @MaxLength(PROMPT_MAX)
  prompt: string;
}
