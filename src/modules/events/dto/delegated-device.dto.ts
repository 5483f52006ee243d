import { ApiProperty } from '@nestjs/swagger';

/** A device as shown to the people who share an event with its owner. */
export class DelegatedDeviceDto {
  @ApiProperty({ format: 'uuid', description: 'The session id (device id).' }) id: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) deviceName: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 32 }) platform: string | null;
}
