import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

export const BILLING_EVENT_TYPES = ['subscription.activated', 'subscription.canceled'] as const;
export type BillingEventType = (typeof BILLING_EVENT_TYPES)[number];

export class BillingCustomerDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(320) email?: string;
}

/** The webhook body (signed; see README "Billing"). */
export class BillingEventDto {
  @ApiProperty({ example: 'evt_123' }) @IsString() @Matches(/^[A-Za-z0-9_.:-]{1,200}$/) id: string;
  @ApiProperty({ enum: BILLING_EVENT_TYPES }) @IsIn(BILLING_EVENT_TYPES) type: BillingEventType;
  @ApiProperty({ type: BillingCustomerDto }) @IsObject() @ValidateNested() @Type(() => BillingCustomerDto) data: BillingCustomerDto;
}

export class BillingWebhookResultDto {
  @ApiProperty() received: boolean;
  @ApiProperty({ enum: ['applied', 'duplicate', 'unknown_user'] }) outcome: 'applied' | 'duplicate' | 'unknown_user';
}
