import { generateKeyBetween } from 'fractional-indexing';
import type { PlaylistEntry } from './playlist-cache';

/** What the API takes to move an entry: the entry to place it after (null: first). */
export interface MoveRequest {
  entryId: string;
  afterEntryId: string | null;
}

/**
 * Turns "drop `activeId` where `overId` is" (dnd-kit's sortable semantics: the entry takes the place of the one
 * it is dropped on) into the API's move and the order to show meanwhile. The moved entry gets a provisional
 * position between its new neighbours, so the list stays sorted until the server's own position arrives.
 * Null when nothing moves.
 */
export function planMove(entries: PlaylistEntry[], activeId: string, overId: string): { move: MoveRequest; entries: PlaylistEntry[] } | null {
  const from = entries.findIndex((e) => e.id === activeId);
  const to = entries.findIndex((e) => e.id === overId);
  if (from < 0 || to < 0 || from === to) return null;
  const rest = entries.filter((e) => e.id !== activeId);
  const moved = entries[from]!;
  // In the list without the moved entry, it lands at index `to`: after the entry just before that slot.
  const before = rest[to - 1] ?? null;
  const after = rest[to] ?? null;
  const position = provisionalPosition(before?.position ?? null, after?.position ?? null, moved.position);
  const reordered = [...rest.slice(0, to), { ...moved, position }, ...rest.slice(to)];
  return { move: { entryId: activeId, afterEntryId: before?.id ?? null }, entries: reordered };
}

/** A key strictly between the neighbours' keys; the old one when they are not in order (a stale list). */
function provisionalPosition(lower: string | null, upper: string | null, fallback: string): string {
  try {
    return generateKeyBetween(lower, upper);
  } catch {
    return fallback;
  }
}
