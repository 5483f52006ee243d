import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AddTrackDto {
  @ApiProperty({ example: 'bundled' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  provider: string;

  @ApiProperty({ example: 'bundled-001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  providerTrackId: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Insert right after this entry; null = at the top; left out = at the end.',
  })
  @IsOptional()
  @IsUUID()
  afterEntryId?: string | null;
}
