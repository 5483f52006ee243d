/**
 * The typed map of domain events. Each module declares its own events by augmenting this interface:
 *
 *   declare module '../../common/events/domain-events' {
 *     interface DomainEvents { 'queue.vote_changed': VoteChanged }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type DomainEventName = keyof DomainEvents;
export type DomainEventHandler<K extends DomainEventName> = (payload: DomainEvents[K]) => void | Promise<void>;

/** What a unit of work offers to run code once it has committed (implemented by the database transaction). */
export interface CommitHooks {
  afterCommit(callback: () => void): void;
}
