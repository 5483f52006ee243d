import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, toPage } from './cursor';

const row = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, createdAt: new Date(Date.UTC(2026, 0, n)) });

describe('cursor pagination', () => {
  it('round-trips a keyset position', () => {
    const position = row(1);
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('answers a forged cursor with VALIDATION_FAILED', () => {
    for (const forged of ['nope', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      expect(() => decodeCursor(forged)).toThrow(DomainError);
    }
  });

  it('returns a next cursor only when there is one more row than the limit', () => {
    expect(toPage([row(1), row(2)], 2, (r) => r.id).nextCursor).toBeNull();
    const page = toPage([row(1), row(2), row(3)], 2, (r) => r.id);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor ?? undefined)).toEqual(row(2));
  });
});
