import { ApiProperty } from '@nestjs/swagger';
import { USER_PLANS, type UserPlan } from '../../users';

/** Where to send the user next: a Stripe page, or nothing in test mode (the plan already switched). */
export class BillingRedirectDto {
  @ApiProperty({ type: String, nullable: true, maxLength: 2048, description: 'Stripe Checkout or Customer Portal page; null in test mode.' })
  url: string | null;

  @ApiProperty({ enum: USER_PLANS, description: 'The plan now (in test mode, already switched).' })
  plan: UserPlan;

  @ApiProperty({ description: 'True when no payment provider is configured (development and test only): the plan switched at once.' })
  testMode: boolean;
}
