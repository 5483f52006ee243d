import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, ValidatorConstraint, Validate, type ValidatorConstraintInterface, type ValidationArguments } from 'class-validator';
import { UserCardDto } from '../../users';
import type { GrantDevices } from '../delegations.repository';
import { EventParamsDto } from './requests.dto';

export const MAX_DELEGATED_DEVICES = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `"all"`, or 1–20 distinct session ids. */
@ValidatorConstraint({ name: 'deviceSelection' })
class DeviceSelection implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (value === 'all') return true;
    return (
      Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= MAX_DELEGATED_DEVICES &&
      value.every((id) => typeof id === 'string' && UUID.test(id)) &&
      new Set(value).size === value.length
    );
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be "all" or a list of 1 to ${MAX_DELEGATED_DEVICES} distinct session ids`;
  }
}

const DEVICES_SCHEMA = {
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

export class NarrowDelegationDto {
  @ApiProperty({ ...DEVICES_SCHEMA, description: 'The devices of mine the grant should cover; only narrower than what the owner granted.' })
  @Validate(DeviceSelection)
  devices: GrantDevices;
}

export class DelegationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId: string;
}

export class DelegateParamsDto extends EventParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}

export class SetPlayerDto {
  @ApiProperty({ format: 'uuid', description: 'One of my sessions (GET /api/auth/sessions): the device that will play the audio.' })
  @IsUUID()
  sessionId: string;
}

/** A device as shown to the people who share an event with its owner. */
export class DelegatedDeviceDto {
  @ApiProperty({ format: 'uuid', description: 'The session id (device id).' }) id: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) deviceName: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 32 }) platform: string | null;
}

/** A signed-in device of a friend, as the owner sees it when choosing which ones a grant covers. */
export class FriendDeviceDto {
  @ApiProperty({ format: 'uuid', description: 'The session id (device id), for `devices` of PUT /api/events/{id}/delegates/{userId}.' }) id: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 32 }) platform: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) deviceName: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the device last signed in or refreshed its tokens.' }) lastSeenAt: string;
  @ApiProperty({ description: 'The current grant to this user covers this device (every device when it covers all).' }) delegated: boolean;
}

export class DelegateDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ description: 'The grant covers every device of the delegate.' }) allDevices: boolean;
  @ApiProperty({ type: [DelegatedDeviceDto], description: 'The devices covered when allDevices is false (signed-out ones are dropped).' })
  devices: DelegatedDeviceDto[];
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}

export class DelegationEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ maxLength: 100 }) name: string;
}

/** A grant I hold, as listed at GET /api/delegations. */
export class IncomingDelegationDto {
  @ApiProperty({ type: DelegationEventDto }) event: DelegationEventDto;
  @ApiProperty({ type: UserCardDto, description: 'The event owner who granted it.' }) grantedBy: UserCardDto;
  @ApiProperty() allDevices: boolean;
  @ApiProperty({ type: [DelegatedDeviceDto] }) devices: DelegatedDeviceDto[];
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}

export class PlayerDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) deviceName: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 32 }) platform: string | null;
}
