import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { UsersModule } from '../users';
import { BillingCustomersRepository } from './billing-customers.repository';
import { BillingEventsRepository } from './billing-events.repository';
import { BillingController } from './billing.controller';
import { BillingService } from './billing.service';
import { STRIPE, stripeClient } from './stripe-client';
import { StripeWebhookService } from './stripe-webhook.service';

@Module({
  imports: [UsersModule],
  controllers: [BillingController],
  providers: [
    { provide: STRIPE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => stripeClient(config.billing) },
    BillingService,
    StripeWebhookService,
    BillingEventsRepository,
    BillingCustomersRepository,
  ],
})
export class BillingModule {}
