import { decodeKeyset, encodeKeyset, isUuid } from '../../common/pagination';
import type { SearchRow } from './users.repository';

/** Keyset position in a search result ordered by (search key, id). */
export function encodeSearchCursor(position: SearchRow): string {
  return encodeKeyset([position.searchKey, position.id]);
}

export function decodeSearchCursor(cursor: string | undefined): SearchRow | null {
  return decodeKeyset(cursor, ([key, id]) => (typeof key === 'string' && isUuid(id) ? { searchKey: key, id } : null));
}
