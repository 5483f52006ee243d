import { describe, expect, it } from 'vitest';
import { parseIfMatch } from './if-match.decorator';

describe('If-Match header', () => {
  it.each([
    ['7', 7],
    ['"7"', 7],
    ['W/"12"', 12],
    [' 0 ', 0],
  ])('reads %j as version %d', (header, version) => {
    expect(parseIfMatch(header)).toBe(version);
  });

  it('means no precondition when absent, empty or *', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('')).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
  });

  it.each(['abc', '-1', '1.5', '"7", "8"', '99999999999'])('refuses %j with VALIDATION_FAILED naming the header', (header) => {
    expect(() => parseIfMatch(header)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'If-Match' })] }),
    );
  });
});
