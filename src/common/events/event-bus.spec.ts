import { describe, expect, it } from 'vitest';
import type { CommitHooks } from './domain-events';
import { EventBus } from './event-bus';

declare module './domain-events' {
  interface DomainEvents {
    'test.pinged': { n: number };
  }
}

class FakeTx implements CommitHooks {
  private callbacks: Array<() => void> = [];
  afterCommit(callback: () => void): void {
    this.callbacks.push(callback);
  }
  commit(): void {
    this.callbacks.forEach((c) => c());
  }
}

describe('EventBus', () => {
  it('delivers a published event to every subscriber', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.subscribe('test.pinged', ({ n }) => void seen.push(`a${n}`));
    bus.subscribe('test.pinged', ({ n }) => void seen.push(`b${n}`));
    bus.publish('test.pinged', { n: 1 });
    await bus.drain();
    expect(seen.sort()).toEqual(['a1', 'b1']);
  });

  it('publishes after-commit events only once the transaction commits', async () => {
    const bus = new EventBus();
    const seen: number[] = [];
    bus.subscribe('test.pinged', ({ n }) => void seen.push(n));
    const tx = new FakeTx();
    bus.afterCommit(tx, 'test.pinged', { n: 7 });
    await bus.drain();
    expect(seen).toEqual([]);
    tx.commit();
    await bus.drain();
    expect(seen).toEqual([7]);
  });

  it('keeps delivering to other handlers when one throws', async () => {
    const bus = new EventBus();
    const seen: number[] = [];
    bus.subscribe('test.pinged', () => {
      throw new Error('broken handler');
    });
    bus.subscribe('test.pinged', ({ n }) => Promise.resolve(void seen.push(n)));
    bus.publish('test.pinged', { n: 3 });
    await bus.drain();
    expect(seen).toEqual([3]);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = new EventBus();
    const seen: number[] = [];
    const off = bus.subscribe('test.pinged', ({ n }) => void seen.push(n));
    off();
    bus.publish('test.pinged', { n: 1 });
    await bus.drain();
    expect(seen).toEqual([]);
  });

  it('never runs a handler inside publish, so the publisher is not slowed or broken by it', () => {
    const bus = new EventBus();
    let ran = false;
    bus.subscribe('test.pinged', () => {
      ran = true;
    });
    bus.publish('test.pinged', { n: 1 });
    expect(ran).toBe(false);
  });
});
