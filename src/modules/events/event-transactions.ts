import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { EventBus } from '../../common/events/event-bus';
import { Database, type Tx } from '../../infra/database';
import { Clock } from '../../common/time/clock';
import { RoomChanges } from '../../common/events/room-changes';
import type { EventChanges } from './event-changes';
import { contextOf, isVisible, visibleContextOf, type EventContext } from './event-context';
import { EventsRepository, type EventRow } from './events.repository';
import type { Queryable as Sql } from '../../infra/database';

/** The caller of server-initiated mutations: no user has this id, so it holds no role in any event. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** One mutation of one event: its transaction, the locked event as the caller sees it, its changes. */
export interface EventMutation {
  tx: Tx;
  ctx: EventContext;
  changes: EventChanges;
  now: Date;
}

/**
 * The way into an event. Mutations lock the event row first, which serializes them per event; after it come
 * the voter's last position, then entries. With that fixed order, bursts of votes never deadlock. They answer
 * 404 when the caller may not see the event, and save the version the changes reached in the same transaction.
 */
@Injectable()
export class EventTransactions {
  constructor(
    private readonly db: Database,
    private readonly events: EventsRepository,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  mutate<T>(userId: string, eventId: string, work: (m: EventMutation) => Promise<T>, options: { requireVisible?: boolean } = {}): Promise<T> {
    return this.db.transaction((tx) => this.mutateIn(tx, userId, eventId, work, options));
  }

  /** A mutation the server makes on its own (a session signed out elsewhere): no caller, nothing to see. */
  mutateAsServer<T>(eventId: string, work: (m: EventMutation) => Promise<T>): Promise<T> {
    return this.mutate(NOBODY, eventId, work, { requireVisible: false });
  }

  /** `mutate` inside a transaction someone else opened (accepting an invitation). */
  async mutateIn<T>(
    tx: Tx,
    userId: string,
    eventId: string,
    work: (m: EventMutation) => Promise<T>,
    options: { requireVisible?: boolean } = {},
  ): Promise<T> {
    const event = await this.events.lockById(tx, eventId);
    if (!event) throw DomainError.notFound('Event');
    const ctx = contextOf(event, userId, await this.events.participation(tx, eventId, userId));
    if ((options.requireVisible ?? true) && !isVisible(ctx)) throw DomainError.notFound('Event');
    return this.run(tx, ctx, work);
  }

  /**
   * A change the server makes by itself to an event it locked (auto-advance). There is no caller: the context is
   * the owner's, for reading the event only; what the work records as done by someone is up to it.
   */
  mutateLocked<T>(tx: Tx, event: EventRow, work: (m: EventMutation) => Promise<T>): Promise<T> {
    return this.run(tx, contextOf(event, event.ownerId, { memberRole: null, isListener: false, delegate: null }), work);
  }

  private async run<T>(tx: Tx, ctx: EventContext, work: (m: EventMutation) => Promise<T>): Promise<T> {
    const now = this.clock.now();
    const changes: EventChanges = new RoomChanges(this.bus, tx, 'eventId', ctx.event.id, ctx.event.version, now);
    const result = await work({ tx, ctx, changes, now });
    if (changes.changed) await this.events.setVersion(tx, ctx.event.id, changes.version);
    return result;
  }

  /** Reads at one snapshot, so what is returned matches the version returned with it. */
  read<T>(userId: string, eventId: string, work: (sql: Sql, ctx: EventContext, now: Date) => Promise<T>): Promise<T> {
    return this.db.transaction(
      async (tx) => {
        const ctx = await this.visibleContext(tx, userId, eventId);
        if (!ctx) throw DomainError.notFound('Event');
        return work(tx, ctx, this.clock.now());
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  async visibleContext(sql: Sql, userId: string, eventId: string): Promise<EventContext | null> {
    const event = await this.events.findById(sql, eventId);
    if (!event) return null;
    return visibleContextOf(event, userId, await this.events.participation(sql, eventId, userId));
  }
}
