import { ApiProperty } from '@nestjs/swagger';
import type { DeviceSessionRow } from '../sessions/sessions.repository';

/** One signed-in device. Its `id` is the device id used by the player device and by delegation grants. */
export class DeviceSessionDto {
  @ApiProperty({ format: 'uuid', description: 'The session id, which is the device id. Issued by the server.' })
  id: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 32, example: 'ios', description: 'X-Client-Platform as last reported.' })
  platform: string | null;

  @ApiProperty({ type: String, nullable: true, maxLength: 100, example: 'iPhone 15', description: 'X-Client-Device as last reported.' })
  deviceName: string | null;

  @ApiProperty({ type: String, nullable: true, maxLength: 32, example: '1.4.0', description: 'X-Client-App-Version as last reported.' })
  appVersion: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', description: 'When the device last signed in or refreshed its tokens.' })
  lastSeenAt: string;

  @ApiProperty({ description: 'True for the device making this request.' })
  current: boolean;
}

export function toDeviceSessionDto(row: DeviceSessionRow, currentSessionId: string): DeviceSessionDto {
  return {
    id: row.id,
    platform: row.platform,
    deviceName: row.deviceName,
    appVersion: row.appVersion,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastRefreshedAt.toISOString(),
    current: row.id === currentSessionId,
  };
}
