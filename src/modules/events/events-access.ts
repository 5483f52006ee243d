import { Injectable } from '@nestjs/common';
import { Database } from '../../infra/database';
import { EventTransactions } from './event-transactions';

/** What the realtime gateway asks before letting a socket into `event:<id>`: the same visibility rules as REST. */
@Injectable()
export class EventsAccess {
  constructor(
    private readonly db: Database,
    private readonly transactions: EventTransactions,
  ) {}

  /** The event's current version when `userId` may see it; null means invisible (answer NOT_FOUND). */
  async canView(userId: string, eventId: string): Promise<{ version: number } | null> {
    const ctx = await this.transactions.visibleContext(this.db, userId, eventId);
    return ctx ? { version: ctx.event.version } : null;
  }
}
