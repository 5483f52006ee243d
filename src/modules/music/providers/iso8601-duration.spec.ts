import { describe, expect, it } from 'vitest';
import { parseIsoDuration } from './iso8601-duration';

describe('parseIsoDuration', () => {
  it.each([
    ['PT3M33S', 213_000],
    ['PT45S', 45_000],
    ['PT1H2M3S', 3_723_000],
    ['PT4M', 240_000],
    ['P1DT2H', 93_600_000],
    ['P0D', 0],
    ['PT1.5S', 1_500],
  ])('reads %s as %d ms', (value, ms) => {
    expect(parseIsoDuration(value)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '3:33', 'PT3X', 'T3M'])('rejects %j', (value) => {
    expect(parseIsoDuration(value)).toBeUndefined();
  });
});
