import { describe, expect, it } from 'vitest';
import { OneAtATime } from './one-at-a-time';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OneAtATime', () => {
  it('runs the work of one key one after another, in the order given, even when an earlier one is slower', async () => {
    const serial = new OneAtATime();
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await later(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([serial.run('e1', job('a', 20)), serial.run('e1', job('b', 1)), serial.run('e1', job('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs different keys side by side', async () => {
    const serial = new OneAtATime();
    const log: string[] = [];
    const slow = serial.run('e1', async () => {
      await later(20);
      log.push('e1');
    });
    await serial.run('e2', () => {
      log.push('e2');
      return Promise.resolve();
    });
    await slow;
    expect(log).toEqual(['e2', 'e1']);
  });

  it('goes on after a failure, which only its own caller sees', async () => {
    const serial = new OneAtATime();
    const failed = serial.run('e1', () => Promise.reject(new Error('refused')));
    const next = serial.run('e1', () => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
  });
});
