import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A user's Stripe customer and the newest subscription state applied to their plan. */
@Entity({ name: 'billing_customers' })
export class BillingCustomerEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_billing_customers' })
  @ForeignKey('users', { name: 'FK_billing_customers_user', onDelete: 'CASCADE' })
  userId: string;

  @Index('UQ_billing_customers_stripe_customer', { unique: true })
  @Column({ name: 'stripe_customer_id', type: 'text' })
  stripeCustomerId: string;

  @Column({ name: 'subscription_id', type: 'text', nullable: true })
  subscriptionId: string | null;

  @Column({ name: 'subscription_status', type: 'text', nullable: true })
  subscriptionStatus: string | null;

  /** `created` of the newest Stripe event applied: an older event delivered late changes nothing. */
  @Column({ name: 'state_at', type: 'timestamptz', nullable: true })
  stateAt: Date | null;
}
