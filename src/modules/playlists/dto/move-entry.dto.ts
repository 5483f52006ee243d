import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

export class MoveEntryDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Place the entry right after this one; null = first.' })
  @ValidateIf((dto: MoveEntryDto) => dto.afterEntryId !== null)
  @IsUUID()
  afterEntryId: string | null;
}
