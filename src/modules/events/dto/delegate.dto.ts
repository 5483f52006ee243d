import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { DelegatedDeviceDto } from './delegated-device.dto';

export class DelegateDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ description: 'The grant covers every device of the delegate.' }) allDevices: boolean;
  @ApiProperty({ type: [DelegatedDeviceDto], description: 'The devices covered when allDevices is false (signed-out ones are dropped).' })
  devices: DelegatedDeviceDto[];
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}
