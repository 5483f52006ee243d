import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { BillingCustomersRepository } from './billing-customers.repository';
import { BillingEventsRepository } from './billing-events.repository';
import { BillingController } from './billing.controller';
import { BillingService } from './billing.service';
import { StripeAccount } from './stripe-client';
import { StripeWebhookService } from './stripe-webhook.service';

@Module({
  imports: [UsersModule],
  controllers: [BillingController],
  providers: [
    StripeAccount,
    BillingService,
    StripeWebhookService,
    BillingEventsRepository,
    BillingCustomersRepository,
  ],
})
export class BillingModule {}
