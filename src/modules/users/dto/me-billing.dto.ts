import { ApiProperty } from '@nestjs/swagger';

export const BILLING_PROVIDERS = ['stripe', 'test'] as const;

export class MeBillingDto {
  @ApiProperty({
    type: String,
    enum: BILLING_PROVIDERS,
    nullable: true,
    description: '`stripe`: checkout and portal open Stripe pages. `test`: no payment provider (development), the plan switches at once. null: unavailable (production without keys).',
  })
  provider: (typeof BILLING_PROVIDERS)[number] | null;
}
