import { Injectable } from '@nestjs/common';
import type { Keyset } from '../../common/pagination';
import type { Tx } from '../../infra/database';
import { column, returningRows, selectList, type Queryable } from '../../infra/database';
import { PlaylistEntity, type PlaylistVisibility } from './entities/playlist.entity';
import type { NewPlaylist, PlaylistListRow, PlaylistRow, PlaylistSettings } from './playlist-rows';

const PLAYLIST_COLUMNS = selectList(PlaylistEntity, 'p');

/** Whether the caller (the SQL parameter `userParam`) is a member. */
const isMember = (userParam: string) =>
  `EXISTS (SELECT 1 FROM playlist_members m WHERE m.playlist_id = p.id AND m.user_id = ${userParam}) AS "isMember"`;

const TRACK_COUNT = `(SELECT count(*)::int FROM playlist_entries e WHERE e.playlist_id = p.id) AS "trackCount"`;

export type PlaylistScope = 'public' | 'mine' | 'shared';

/** `$1` is the caller in every filter. */
const SCOPE_FILTERS: Record<PlaylistScope, string> = {
  public: `p.visibility = 'public'`,
  mine: 'p.owner_id = $1',
  shared: 'EXISTS (SELECT 1 FROM playlist_members s WHERE s.playlist_id = p.id AND s.user_id = $1)',
};


@Injectable()
export class PlaylistsRepository {
  async insert(tx: Tx, p: NewPlaylist): Promise<PlaylistRow> {
    const [row] = await tx.query<PlaylistRow>(
      `INSERT INTO playlists AS p (owner_id, name, description, visibility, edit_license, allow_duplicates)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${PLAYLIST_COLUMNS}, false AS "isMember"`,
      [p.ownerId, p.name, p.description, p.visibility, p.editLicense, p.allowDuplicates],
    );
    return row;
  }

  /** The playlist with the caller's membership; `lock` holds its row until the transaction ends. */
  async find(q: Queryable, id: string, userId: string, lock = false): Promise<PlaylistRow | null> {
    const rows = await q.query<PlaylistRow>(
      `SELECT ${PLAYLIST_COLUMNS}, ${isMember('$2')} FROM playlists p WHERE p.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  async findVisibility(q: Queryable, id: string): Promise<{ ownerId: string; visibility: PlaylistVisibility } | null> {
    const rows = await q.query<{ ownerId: string; visibility: PlaylistVisibility }>(
      'SELECT owner_id AS "ownerId", visibility FROM playlists WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  /** Saves the version a change reached (under the row lock, see `PlaylistVersions`). */
  async saveVersion(tx: Tx, id: string, version: number, at: Date): Promise<void> {
    await tx.query('UPDATE playlists SET version = $2, updated_at = $3 WHERE id = $1', [id, version, at]);
  }

  async updateSettings(tx: Tx, id: string, settings: PlaylistSettings): Promise<void> {
    const entries = Object.entries(settings).filter(([, value]) => value !== undefined);
    if (entries.length === 0) return;
    const assignments = entries.map(([key], i) => `${column(PlaylistEntity, key as keyof PlaylistSettings)} = $${i + 2}`);
    await tx.query(`UPDATE playlists SET ${assignments.join(', ')} WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.query('DELETE FROM playlists WHERE id = $1', [id]);
  }

  /** Adds a member; false when they already were one. */
  async addMember(tx: Tx, playlistId: string, userId: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO playlist_members (playlist_id, user_id) VALUES ($1, $2)
       ON CONFLICT (playlist_id, user_id) DO NOTHING RETURNING user_id`,
      [playlistId, userId],
    );
    return rows.length > 0;
  }

  /** Removes a member; false when they were not one. */
  async removeMember(tx: Tx, playlistId: string, userId: string): Promise<boolean> {
    const rows = await returningRows(tx, 'DELETE FROM playlist_members WHERE playlist_id = $1 AND user_id = $2 RETURNING user_id', [
      playlistId,
      userId,
    ]);
    return rows.length > 0;
  }

  async memberIds(q: Queryable, playlistId: string): Promise<string[]> {
    const rows = await q.query<{ userId: string }>(
      'SELECT user_id AS "userId" FROM playlist_members WHERE playlist_id = $1 ORDER BY created_at, user_id',
      [playlistId],
    );
    return rows.map((r) => r.userId);
  }

  /** Members in the order they joined, after `after`; at most `limit` (created_at has millisecond precision). */
  memberPage(q: Queryable, playlistId: string, after: Keyset | null, limit: number): Promise<Array<{ id: string; createdAt: Date }>> {
    return q.query(
      `SELECT user_id AS id, created_at AS "createdAt" FROM playlist_members
       WHERE playlist_id = $1 AND ($2::timestamptz IS NULL OR (created_at, user_id) > ($2::timestamptz, $3::uuid))
       ORDER BY created_at, user_id LIMIT $4`,
      [playlistId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  names(q: Queryable, ids: string[]): Promise<Array<{ id: string; name: string }>> {
    return q.query('SELECT id, name FROM playlists WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** One page of a list, newest first; `limit + 1` rows so the caller knows whether there is more. */
  page(q: Queryable, scope: PlaylistScope, userId: string, after: Keyset | null, limit: number): Promise<PlaylistListRow[]> {
    return q.query<PlaylistListRow>(
      `SELECT ${PLAYLIST_COLUMNS}, ${isMember('$1')}, ${TRACK_COUNT}
       FROM playlists p
       WHERE ${SCOPE_FILTERS[scope]}
         AND ($2::timestamptz IS NULL OR (p.created_at, p.id) < ($2::timestamptz, $3::uuid))
       ORDER BY p.created_at DESC, p.id DESC
       LIMIT $4`,
      [userId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
  }
}
