import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Validate } from 'class-validator';
import type { GrantDevices } from '../delegations.repository';
import { DeviceSelection, MAX_DELEGATED_DEVICES } from './device-selection.dto';

export const DEVICES_SCHEMA = {
  oneOf: [
    { type: 'string', enum: ['all'] },
    { type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 1, maxItems: MAX_DELEGATED_DEVICES, uniqueItems: true },
  ],
};

export class GrantDelegateDto {
  @ApiPropertyOptional({ ...DEVICES_SCHEMA, default: 'all', description: 'Every device of the friend, or these of their sessions (device ids).' })
  @IsOptional()
  @Validate(DeviceSelection)
  devices?: GrantDevices;
}
