export { BillingModule } from './billing.module';
export { BillingEventEntity } from './entities/billing-event.entity';
export { BillingCustomerEntity } from './entities/billing-customer.entity';
