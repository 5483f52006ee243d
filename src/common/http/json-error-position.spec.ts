import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from './json-error-position';

describe('jsonErrorPosition', () => {
  it('points at the first character a parser cannot accept', () => {
    expect(jsonErrorPosition('{"name": }')).toBe(9);
    expect(jsonErrorPosition('{"a": 1,}')).toBe(8);
    expect(jsonErrorPosition('[1, 2')).toBe(5);
    expect(jsonErrorPosition("{'a': 1}")).toBe(1);
    expect(jsonErrorPosition('{"a": tru}')).toBe(6);
    expect(jsonErrorPosition('{} x')).toBe(3);
    expect(jsonErrorPosition('')).toBe(0);
  });

  it('finds no error in what JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonErrorPosition(JSON.stringify(value, null, 1)) === null));
  });

  it('agrees with JSON.parse on whether a text is valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]":,-0123.e tfalsenu\\'.split('')) }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (jsonErrorPosition(text) === null) === valid;
      }),
      { numRuns: 2000 },
    );
  });
});
