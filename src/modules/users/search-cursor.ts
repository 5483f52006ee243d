import { DomainError } from '../../common/errors/domain-error';
import type { SearchRow } from './users.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keyset position in a search result ordered by (search key, id). */
export function encodeSearchCursor(position: SearchRow): string {
  return Buffer.from(JSON.stringify([position.searchKey, position.id])).toString('base64url');
}

export function decodeSearchCursor(cursor: string | undefined): SearchRow | null {
  if (!cursor) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof key === 'string' && typeof id === 'string' && UUID.test(id)) return { searchKey: key, id };
  } catch {
    // fall through to the error below
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', [{ field: 'cursor', messages: ['cursor is not valid'] }]);
}
