import { ApiProperty } from '@nestjs/swagger';
import { Validate } from 'class-validator';
import type { GrantDevices } from '../delegations.repository';
import { DEVICES_SCHEMA } from './grant-delegate.dto';
import { DeviceSelection } from './device-selection.dto';

export class NarrowDelegationDto {
  @ApiProperty({ ...DEVICES_SCHEMA, description: 'The devices of mine the grant should cover; only narrower than what the owner granted.' })
  @Validate(DeviceSelection)
  devices: GrantDevices;
}
