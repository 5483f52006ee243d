import { ApiProperty } from '@nestjs/swagger';

export class DevMailDto {
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() html: string;
  @ApiProperty({ type: String, format: 'date-time' }) sentAt: string;
}
