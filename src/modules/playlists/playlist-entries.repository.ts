import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/database';
import type { EntryRow } from './playlist-rows';
import { returningRows, selectList, type Queryable } from '../../infra/database';
import { PlaylistEntryEntity } from './entities/playlist-entry.entity';

const ENTRY_COLUMNS = selectList(PlaylistEntryEntity, 'e');

export interface NewEntry {
  playlistId: string;
  trackId: string;
  position: string;
  addedBy: string | null;
}

/**
 * Entries and their fractional positions. Callers hold the playlist row lock (`FOR UPDATE`), so the
 * neighbours read here cannot change before the write that uses them.
 */
@Injectable()
export class PlaylistEntriesRepository {
  /** The whole playlist in order (at most a few thousand rows). */
  list(q: Queryable, playlistId: string): Promise<EntryRow[]> {
    return q.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM playlist_entries e WHERE e.playlist_id = $1 ORDER BY e.position`, [
      playlistId,
    ]);
  }

  async find(q: Queryable, playlistId: string, entryId: string): Promise<EntryRow | null> {
    const rows = await q.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM playlist_entries e WHERE e.playlist_id = $1 AND e.id = $2`, [
      playlistId,
      entryId,
    ]);
    return rows[0] ?? null;
  }

  async count(q: Queryable, playlistId: string): Promise<number> {
    const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM playlist_entries WHERE playlist_id = $1', [playlistId]);
    return row.n;
  }

  async containsTrack(q: Queryable, playlistId: string, trackId: string): Promise<boolean> {
    const rows = await q.query('SELECT 1 FROM playlist_entries WHERE playlist_id = $1 AND track_id = $2 LIMIT 1', [playlistId, trackId]);
    return rows.length > 0;
  }

  /** The first position strictly after `position` (null = from the start), ignoring one entry (the one being moved). */
  async positionAfter(q: Queryable, playlistId: string, position: string | null, excludeId: string | null): Promise<string | null> {
    const rows = await q.query<{ position: string }>(
      `SELECT position FROM playlist_entries
       WHERE playlist_id = $1 AND ($2::text IS NULL OR position > $2::text COLLATE "C") AND ($3::uuid IS NULL OR id <> $3::uuid)
       ORDER BY position LIMIT 1`,
      [playlistId, position, excludeId],
    );
    return rows[0]?.position ?? null;
  }

  async lastPosition(q: Queryable, playlistId: string): Promise<string | null> {
    const rows = await q.query<{ position: string }>(
      'SELECT position FROM playlist_entries WHERE playlist_id = $1 ORDER BY position DESC LIMIT 1',
      [playlistId],
    );
    return rows[0]?.position ?? null;
  }

  /** Inserts unless the position is taken; null then, so the caller can pick another key. */
  async insert(tx: Tx, entry: NewEntry): Promise<EntryRow | null> {
    const rows = await tx.query<EntryRow>(
      `INSERT INTO playlist_entries AS e (playlist_id, track_id, position, added_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (playlist_id, position) DO NOTHING
       RETURNING ${ENTRY_COLUMNS}`,
      [entry.playlistId, entry.trackId, entry.position, entry.addedBy],
    );
    return rows[0] ?? null;
  }

  /** Inserts entries in the given order with the given keys (a new playlist). */
  async insertMany(tx: Tx, playlistId: string, addedBy: string, items: Array<{ trackId: string; position: string }>): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `INSERT INTO playlist_entries (playlist_id, track_id, position, added_by)
       SELECT $1, t.track_id, t.position, $2 FROM unnest($3::uuid[], $4::text[]) AS t(track_id, position)`,
      [playlistId, addedBy, items.map((i) => i.trackId), items.map((i) => i.position)],
    );
  }

  /** Moves an entry to a new key; false when another entry holds that key. */
  async move(tx: Tx, entryId: string, position: string): Promise<boolean> {
    const rows = await returningRows(
      tx,
      `UPDATE playlist_entries e SET position = $2
       WHERE e.id = $1 AND NOT EXISTS (
         SELECT 1 FROM playlist_entries o WHERE o.playlist_id = e.playlist_id AND o.position = $2 AND o.id <> e.id)
       RETURNING e.id`,
      [entryId, position],
    );
    return rows.length > 0;
  }

  async delete(tx: Tx, playlistId: string, entryId: string): Promise<boolean> {
    const rows = await returningRows(tx, 'DELETE FROM playlist_entries WHERE playlist_id = $1 AND id = $2 RETURNING id', [
      playlistId,
      entryId,
    ]);
    return rows.length > 0;
  }
}
