import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { BillingEventsRepository } from './billing-events.repository';
import { BillingController } from './billing.controller';
import { BillingService } from './billing.service';

@Module({
  imports: [UsersModule],
  controllers: [BillingController],
  providers: [BillingService, BillingEventsRepository],
})
export class BillingModule {}
