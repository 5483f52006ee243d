import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/database';

@Injectable()
export class BillingEventsRepository {
  /** True when the (Stripe) event id is new; false for a replay (or a concurrent duplicate delivery, which waits for the first). */
  async record(tx: Tx, id: string, type: string): Promise<boolean> {
    const rows = await tx.query('INSERT INTO billing_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [id, type]);
    return rows.length > 0;
  }
}
