import { ApiProperty } from '@nestjs/swagger';
import { UserCardDto } from '../../users';
import { DelegationEventDto } from './delegation-event.dto';
import { DelegatedDeviceDto } from './delegated-device.dto';

/** A grant I hold, as listed at GET /api/delegations. */
export class IncomingDelegationDto {
  @ApiProperty({ type: DelegationEventDto }) event: DelegationEventDto;
  @ApiProperty({ type: UserCardDto, description: 'The event owner who granted it.' }) grantedBy: UserCardDto;
  @ApiProperty() allDevices: boolean;
  @ApiProperty({ type: [DelegatedDeviceDto] }) devices: DelegatedDeviceDto[];
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}
