import type { CommitHooks, DomainEventName, DomainEvents } from './domain-events';
import type { EventBus } from './event-bus';

/** The fields every change of a versioned room (an event, a playlist) carries, filled in by `RoomChanges`. */
type Stamp<K extends string> = { [P in K]: string } & { version: number; at: string };

/** What the caller gives for one change: the payload without the room id, version and time. */
export type ChangeData<N extends DomainEventName, K extends string> = Omit<DomainEvents[N], keyof Stamp<K>>;

/**
 * The changes one transaction makes to one locked room, the one way events and playlists version and broadcast:
 * each change takes the next version, stamped with the room id and the transaction's time, and is published
 * once the transaction commits. The owner of the room saves `version` in the same transaction (`changed` says
 * whether it must).
 */
export class RoomChanges<N extends DomainEventName, K extends string> {
  private current: number;

  constructor(
    private readonly bus: EventBus,
    private readonly tx: CommitHooks,
    private readonly roomKey: K,
    readonly roomId: string,
    readonly initialVersion: number,
    readonly at: Date,
  ) {
    this.current = initialVersion;
  }

  get version(): number {
    return this.current;
  }

  /** The version the next change will take. */
  get nextVersion(): number {
    return this.current + 1;
  }

  get changed(): boolean {
    return this.current !== this.initialVersion;
  }

  emit<E extends N>(name: E, data: ChangeData<E, K>): number {
    this.current += 1;
    const stamp = { [this.roomKey]: this.roomId, version: this.current, at: this.at.toISOString() };
    this.bus.afterCommit(this.tx, name, { ...data, ...stamp } as unknown as DomainEvents[E]);
    return this.current;
  }
}
