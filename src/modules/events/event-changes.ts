import type { EventBus } from '../../common/events/event-bus';
import type { Tx } from '../../infra/database';
import type { DomainEvents } from '../../common/events/domain-events';
import type { EventChange, EventDomainEventName } from './event-domain-events';

type ChangeData<K extends EventDomainEventName> = Omit<DomainEvents[K], keyof EventChange>;

/**
 * The changes one transaction makes to one (locked) event. Each change takes the next version and is
 * published once the transaction commits; the caller persists `version` before committing.
 */
export class EventChanges {
  private current: number;

  constructor(
    private readonly bus: EventBus,
    private readonly tx: Tx,
    readonly eventId: string,
    readonly initialVersion: number,
    private readonly at: Date,
  ) {
    this.current = initialVersion;
  }

  get version(): number {
    return this.current;
  }

  get changed(): boolean {
    return this.current !== this.initialVersion;
  }

  emit<K extends EventDomainEventName>(name: K, data: ChangeData<K>): number {
    this.current += 1;
    const payload = { ...data, eventId: this.eventId, version: this.current, at: this.at.toISOString() } as DomainEvents[K];
    this.bus.afterCommit(this.tx, name, payload);
    return this.current;
  }
}
