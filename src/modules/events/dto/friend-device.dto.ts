import { ApiProperty } from '@nestjs/swagger';

/** A signed-in device of a friend, as the owner sees it when choosing which ones a grant covers. */
export class FriendDeviceDto {
  @ApiProperty({ format: 'uuid', description: 'The session id (device id), for `devices` of PUT /api/events/{id}/delegates/{userId}.' }) id: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 32 }) platform: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) deviceName: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the device last signed in or refreshed its tokens.' }) lastSeenAt: string;
  @ApiProperty({ description: 'The current grant to this user covers this device (every device when it covers all).' }) delegated: boolean;
}
