export { BillingModule } from './billing.module';
export { BillingEventEntity } from './entities/billing-event.entity';
export { signatureHeader, SIGNATURE_HEADER } from './webhook-signature';
