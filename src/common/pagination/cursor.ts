import { DomainError } from '../errors/domain-error';

/**
 * Keyset position of a row in a `(created_at, id)`-ordered list. Declare the ordering column with
 * millisecond precision (`timestamptz(3)`, `precision: 3` in the entity): a JS Date cannot carry
 * PostgreSQL's microseconds, and a truncated cursor would skip rows.
 */
export interface Keyset {
  createdAt: Date;
  id: string;
}

/** A date PostgreSQL can compare with a timestamptz (JS dates reach far past year 294276, PostgreSQL's end). */
const isStorableDate = (date: Date): boolean => !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: Keyset): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

/** Decodes a client cursor; a forged or stale one is a 400, never a 500. */
export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const createdAt = new Date(String(at));
    if (typeof id === 'string' && UUID.test(id) && isStorableDate(createdAt)) return { createdAt, id };
  } catch {
    // fall through to the error below
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', [{ field: 'cursor', messages: ['cursor is not valid'] }]);
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Builds a page from rows fetched with `LIMIT limit + 1`: the extra row only says whether there is more.
 */
export function toPage<R extends Keyset, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit;
  const visible = hasMore ? rows.slice(0, limit) : rows;
  const last = visible.at(-1);
  return { items: visible.map(map), nextCursor: hasMore && last ? encodeCursor(last) : null };
}
