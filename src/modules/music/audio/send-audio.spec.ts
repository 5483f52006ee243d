import { describe, expect, it } from 'vitest';
import { parseRange } from './send-audio';

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
  ])('reads %s', (header, range) => {
    expect(parseRange(header, 1_000)).toEqual(range);
  });

  it('marks a range past the end unsatisfiable and ignores malformed or multiple ranges', () => {
    expect(parseRange('bytes=1000-', 1_000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1_000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRange('bytes=-10', 0)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,5-9', 1_000)).toBeUndefined();
    expect(parseRange('items=0-1', 1_000)).toBeUndefined();
    expect(parseRange('bytes=50-10', 1_000)).toBeUndefined();
    expect(parseRange(undefined, 1_000)).toBeUndefined();
  });
});
