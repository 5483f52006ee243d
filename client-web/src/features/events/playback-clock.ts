import type { Playback } from './playback';

/** The last reports of the playback and when each arrived (reports are told apart by entry, state and position). */
const arrivals = new Map<string, number>();
const KEPT = 50;

const reportKey = (playback: Playback) => `${playback.entryId ?? ''}|${playback.state}|${playback.positionMs}`;

/**
 * Notes that this report of the playback arrived now (`at`). A report seen again (the same fetch answer, kept in
 * the cache) keeps its first arrival; a frame is always `fresh` (a new report, even with the same position).
 */
export function noteReceived(playback: Playback | null | undefined, { at = Date.now(), fresh = false }: { at?: number; fresh?: boolean } = {}): void {
  if (!playback) return;
  const key = reportKey(playback);
  if (arrivals.has(key) && !fresh) return;
  arrivals.delete(key);
  arrivals.set(key, at);
  if (arrivals.size > KEPT) arrivals.delete(arrivals.keys().next().value!);
}

/** When this report arrived; one never noted before counts as arriving `now` (and is noted). */
export function receivedAt(playback: Playback, now: number): number {
  const key = reportKey(playback);
  const at = arrivals.get(key);
  if (at !== undefined) return at;
  noteReceived(playback, { at: now });
  return now;
}
