import { ApiProperty } from '@nestjs/swagger';

export class PlayerDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) deviceName: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 32 }) platform: string | null;
}
