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
export const isStorableDate = (date: Date): boolean => !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A keyset position as a client cursor: its values, in order, as a base64url JSON array. */
export function encodeKeyset(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * Reads a cursor made by `encodeKeyset`: `read` turns its values into a position, or null when it does not accept
 * them. No cursor is null; a forged or stale one is a 400, never a 500.
 */
export function decodeKeyset<T>(cursor: string | undefined, read: (values: unknown[]) => T | null): T | null {
  if (!cursor) return null;
  let position: T | null = null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) position = read(values);
  } catch {
    // refused below
  }
  if (position === null) throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', [{ field: 'cursor', messages: ['cursor is not valid'] }]);
  return position;
}

export function encodeCursor(position: Keyset): string {
  return encodeKeyset([position.createdAt.toISOString(), position.id]);
}

/** Decodes a `(created_at, id)` cursor. */
export function decodeCursor(cursor: string | undefined): Keyset | null {
  return decodeKeyset(cursor, ([at, id]) => {
    const createdAt = new Date(String(at));
    return isUuid(id) && isStorableDate(createdAt) ? { createdAt, id } : null;
  });
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

/**
 * A member list the owner opens: the first page (no `after`) holds the owner, then `limit - 1` rows; later pages
 * hold `limit` rows. `fetch` reads rows after the position with `LIMIT n`; `cursorAt` encodes a row's position, or
 * the position right after the owner when a first page holds the owner alone.
 */
export async function ownerFirstPage<R>(
  after: unknown,
  limit: number,
  fetch: (n: number) => Promise<R[]>,
  cursorAt: (row: R | undefined) => string,
): Promise<{ withOwner: boolean; rows: R[]; nextCursor: string | null }> {
  const withOwner = after === null;
  const room = limit - (withOwner ? 1 : 0);
  const fetched = await fetch(room + 1);
  const rows = fetched.slice(0, room);
  return { withOwner, rows, nextCursor: fetched.length > room ? cursorAt(rows.at(-1)) : null };
}
