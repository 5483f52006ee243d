import { Injectable } from '@nestjs/common';
import { selectList, type ColumnOf, type Queryable, type Row } from '../../infra/database';
import { BillingCustomerEntity } from './entities/billing-customer.entity';

const CUSTOMER_COLUMNS = ['userId', 'stripeCustomerId', 'stateAt'] as const satisfies ReadonlyArray<ColumnOf<BillingCustomerEntity>>;

export type BillingCustomerRow = Pick<Row<BillingCustomerEntity>, (typeof CUSTOMER_COLUMNS)[number]>;

const COLUMNS = selectList(BillingCustomerEntity, undefined, CUSTOMER_COLUMNS);

@Injectable()
export class BillingCustomersRepository {
  async byUser(q: Queryable, userId: string): Promise<BillingCustomerRow | null> {
    const rows = await q.query<BillingCustomerRow>(`SELECT ${COLUMNS} FROM billing_customers WHERE user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  /** Links a Stripe customer to an existing user; the first link wins. Returns the customer id now linked, or null for an unknown user. */
  async link(q: Queryable, userId: string, stripeCustomerId: string): Promise<string | null> {
    await q.query(
      `INSERT INTO billing_customers (user_id, stripe_customer_id) SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM users WHERE id = $1)
       ON CONFLICT DO NOTHING`,
      [userId, stripeCustomerId],
    );
    return (await this.byUser(q, userId))?.stripeCustomerId ?? null;
  }

  /** The row of a customer (by user id, else by Stripe customer id), locked until the transaction ends. */
  async lock(q: Queryable, by: { userId: string | null; stripeCustomerId: string | null }): Promise<BillingCustomerRow | null> {
    const rows = await q.query<BillingCustomerRow>(
      `SELECT ${COLUMNS} FROM billing_customers WHERE user_id = $1::uuid OR stripe_customer_id = $2 ORDER BY (user_id = $1::uuid) DESC LIMIT 1 FOR UPDATE`,
      [by.userId, by.stripeCustomerId],
    );
    return rows[0] ?? null;
  }

  async saveState(q: Queryable, userId: string, s: { subscriptionId: string | null; status: string; at: Date }): Promise<void> {
    await q.query(
      `UPDATE billing_customers SET subscription_id = COALESCE($2, subscription_id), subscription_status = $3, state_at = $4 WHERE user_id = $1`,
      [userId, s.subscriptionId, s.status, s.at],
    );
  }
}
