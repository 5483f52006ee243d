import { describe, expect, it } from 'vitest';
import { BatchesByKey } from './batches-by-key';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records each batch, waits `ms`, then answers every item with its upper-case form ("bad" is refused). */
function recorder(ms = 5) {
  const batches: string[][] = [];
  const log: string[] = [];
  const batcher = new BatchesByKey<string, string>(async (key, items) => {
    batches.push(items);
    log.push(`start ${key} ${items.join(',')}`);
    await later(ms);
    log.push(`end ${key} ${items.join(',')}`);
    return items.map((i) => (i === 'bad' ? { status: 'rejected', reason: new Error(i) } : { status: 'fulfilled', value: i.toUpperCase() }));
  }, 3);
  return { batcher, batches, log };
}

describe('BatchesByKey', () => {
  it('starts an idle key at once, gathers what arrives meanwhile into the next batch, in order, capped', async () => {
    const { batcher, batches } = recorder();
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((i) => batcher.run('e1', i)));
    expect(results).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
  });

  it('runs one batch of a key at a time and different keys side by side', async () => {
    const { batcher, log } = recorder();
    await Promise.all([batcher.run('e1', 'a'), batcher.run('e2', 'x'), batcher.run('e1', 'b')]);
    expect(log).toEqual(['start e1 a', 'start e2 x', 'end e1 a', 'start e1 b', 'end e2 x', 'end e1 b']);
  });

  it('settles each item on its own: a refused item fails only its caller, a failed batch fails its items', async () => {
    const { batcher } = recorder();
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((i) => batcher.run('e1', i)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const failing = new BatchesByKey<string, string>(() => Promise.reject(new Error('down')), 3);
    await expect(failing.run('e1', 'a')).rejects.toThrow('down');
    await expect(batcher.run('e1', 'after')).resolves.toBe('AFTER');
  });
});
