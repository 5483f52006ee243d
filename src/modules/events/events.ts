import { Injectable } from '@nestjs/common';
import type { RoomAudience } from '../../common/access/room-audience';
import { Database } from '../../infra/database';
import { EventsRepository } from './events.repository';
import { EventTransactions } from './event-transactions';

/** What the realtime gateway asks before letting a socket into `event:<id>`: the same visibility rules as REST. */
@Injectable()
export class Events {
  constructor(
    private readonly db: Database,
    private readonly transactions: EventTransactions,
    private readonly events: EventsRepository,
  ) {}

  /** The event's current version when `userId` may see it; null means invisible (answer NOT_FOUND). */
  async canView(userId: string, eventId: string): Promise<{ version: number } | null> {
    const ctx = await this.transactions.visibleContext(this.db, userId, eventId);
    return ctx ? { version: ctx.event.version } : null;
  }

  /** Who may see the event now (null: it no longer exists). */
  async audience(eventId: string): Promise<RoomAudience | null> {
    const event = await this.events.findById(this.db, eventId);
    if (!event) return null;
    if (event.visibility === 'public') return { everyone: true };
    return { everyone: false, userIds: new Set([event.ownerId, ...(await this.events.memberIds(this.db, eventId))]) };
  }
}
