import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBetween, keyBetween } from './playlist-positions';

/** Applies random inserts to a list of keys and checks the order the keys give is the order intended. */
describe('fractional positions', () => {
  it('always produces a key strictly between its neighbours, so intended order = byte order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), (slots) => {
        const keys: string[] = [];
        for (const slot of slots) {
          const at = slot % (keys.length + 1);
          const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
          expect(isBetween(key, keys[at - 1] ?? null, keys[at] ?? null)).toBe(true);
          keys.splice(at, 0, key);
        }
        const byteOrder = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        expect(byteOrder).toEqual(keys);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('treats null bounds as open ends', () => {
    expect(isBetween('a0', null, null)).toBe(true);
    expect(isBetween('a0', 'a0', null)).toBe(false);
    expect(isBetween('a0', null, 'a0')).toBe(false);
  });
});
