import { describe, expect, it } from 'vitest';
import { findUnsafeInput, MAX_INPUT_DEPTH } from './input-guard';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('input guard (security finding 7)', () => {
  it('names the field holding a NUL character, however deep', () => {
    expect(findUnsafeInput({ bio: 'a\u0000b' })).toEqual({ field: 'bio', messages: ['bio must not contain NUL characters'] });
    expect(findUnsafeInput({ settings: { tags: ['ok', '\u0000'] } })?.field).toBe('settings.tags.1');
    expect(findUnsafeInput({ ['k\u0000']: 1 })?.field).toBe('k\u0000');
  });

  it(`accepts ${MAX_INPUT_DEPTH} levels of nesting and refuses one more`, () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH + 1))?.messages[0]).toMatch(/nested more than 32 levels/);
  });

  it('walks 5,000 levels without recursing through them', () => {
    expect(findUnsafeInput(nested(5000))).not.toBeNull();
  });

  it('lets ordinary values through', () => {
    expect(findUnsafeInput({ name: 'Party', n: 3, ok: true, none: null, list: [1, 'two'] })).toBeNull();
    expect(findUnsafeInput(undefined)).toBeNull();
  });
});
