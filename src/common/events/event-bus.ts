import { Injectable, Logger } from '@nestjs/common';
import type { CommitHooks, DomainEventHandler, DomainEventName, DomainEvents } from './domain-events';

type AnyHandler = (payload: unknown) => void | Promise<void>;

/**
 * In-process typed event bus. Services publish after their transaction commits, so handlers (realtime,
 * notifications, mail) never see a change that was rolled back. Handlers run asynchronously and a failing
 * handler is logged without affecting the publisher or the other handlers.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger(EventBus.name);
  private readonly handlers = new Map<DomainEventName, Set<AnyHandler>>();
  private pending = new Set<Promise<void>>();

  subscribe<K extends DomainEventName>(name: K, handler: DomainEventHandler<K>): () => void {
    const set = this.handlers.get(name) ?? new Set<AnyHandler>();
    set.add(handler as AnyHandler);
    this.handlers.set(name, set);
    return () => set.delete(handler as AnyHandler);
  }

  publish<K extends DomainEventName>(name: K, payload: DomainEvents[K]): void {
    for (const handler of this.handlers.get(name) ?? []) {
      const run = Promise.resolve()
        .then(() => handler(payload))
        .catch((error: unknown) => this.logger.error({ err: error, event: name }, 'Domain event handler failed'))
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    }
  }

  /** Publishes once `tx` commits; nothing is published if it rolls back. */
  afterCommit<K extends DomainEventName>(tx: CommitHooks, name: K, payload: DomainEvents[K]): void {
    tx.afterCommit(() => this.publish(name, payload));
  }

  /** Resolves when every handler started so far has finished (graceful shutdown, tests). */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
