import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A billing webhook event already applied, by the provider's event id: a replay finds it and changes nothing. */
@Entity({ name: 'billing_events' })
export class BillingEventEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_billing_events' })
  id: string;

  @Column({ type: 'text' })
  type: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
