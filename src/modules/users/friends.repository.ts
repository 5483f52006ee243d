import { Injectable } from '@nestjs/common';
import type { Keyset } from '../../common/pagination';
import { selectList, type Row } from '../../infra/database';
import { FriendRequestEntity } from './entities/friend-request.entity';
import type { Queryable } from './user-account';

/** A row of `friend_requests`: the columns of FriendRequestEntity. */
export type FriendRequestRow = Row<FriendRequestEntity>;

export interface FriendRow {
  /** The friend's user id (the keyset's id). */
  id: string;
  createdAt: Date;
}

const REQUEST_COLUMNS = selectList(FriendRequestEntity);
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

@Injectable()
export class FriendsRepository {
  /** Which of `ids` are friends of `viewerId`. */
  async friendsAmong(q: Queryable, viewerId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await q.query<{ id: string }>(
      `SELECT user_high AS id FROM friendships WHERE user_low = $1 AND user_high = ANY($2::uuid[])
       UNION ALL
       SELECT user_low AS id FROM friendships WHERE user_high = $1 AND user_low = ANY($2::uuid[])`,
      [viewerId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async areFriends(q: Queryable, a: string, b: string): Promise<boolean> {
    const rows = await q.query('SELECT 1 FROM friendships WHERE user_low = $1 AND user_high = $2', ordered(a, b));
    return rows.length > 0;
  }

  /** True when this call created the friendship. */
  async insertFriendship(q: Queryable, a: string, b: string): Promise<boolean> {
    const rows = await q.query('INSERT INTO friendships (user_low, user_high) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_low', ordered(a, b));
    return rows.length > 0;
  }

  async deleteFriendship(q: Queryable, a: string, b: string): Promise<boolean> {
    // Through a CTE: TypeORM returns [rows, count] for a bare DELETE … RETURNING.
    const rows = await q.query('WITH gone AS (DELETE FROM friendships WHERE user_low = $1 AND user_high = $2 RETURNING user_low) SELECT * FROM gone', ordered(a, b));
    return rows.length > 0;
  }

  async findRequest(q: Queryable, requesterId: string, addresseeId: string): Promise<FriendRequestRow | null> {
    const rows = await q.query<FriendRequestRow>(`SELECT ${REQUEST_COLUMNS} FROM friend_requests WHERE requester_id = $1 AND addressee_id = $2`, [
      requesterId,
      addresseeId,
    ]);
    return rows[0] ?? null;
  }

  async findRequestById(q: Queryable, id: string): Promise<FriendRequestRow | null> {
    const rows = await q.query<FriendRequestRow>(`SELECT ${REQUEST_COLUMNS} FROM friend_requests WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async insertRequest(q: Queryable, requesterId: string, addresseeId: string): Promise<FriendRequestRow | null> {
    const rows = await q.query<FriendRequestRow>(
      `INSERT INTO friend_requests (requester_id, addressee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING ${REQUEST_COLUMNS}`,
      [requesterId, addresseeId],
    );
    return rows[0] ?? null;
  }

  async deleteRequest(q: Queryable, id: string): Promise<void> {
    await q.query('DELETE FROM friend_requests WHERE id = $1', [id]);
  }

  async deleteRequestsBetween(q: Queryable, a: string, b: string): Promise<void> {
    await q.query('DELETE FROM friend_requests WHERE (requester_id = $1 AND addressee_id = $2) OR (requester_id = $2 AND addressee_id = $1)', [a, b]);
  }

  /** Friends newest first, keyset on (friendship created_at, friend id). */
  async listFriends(q: Queryable, userId: string, after: Keyset | null, limit: number): Promise<FriendRow[]> {
    return q.query<FriendRow>(
      `SELECT id, "createdAt" FROM (
         SELECT CASE WHEN user_low = $1 THEN user_high ELSE user_low END AS id, created_at AS "createdAt"
         FROM friendships WHERE user_low = $1 OR user_high = $1
       ) f
       WHERE $2::timestamptz IS NULL OR ("createdAt", id) < ($2::timestamptz, $3::uuid)
       ORDER BY "createdAt" DESC, id DESC LIMIT $4`,
      [userId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  /** Pending requests to (incoming) or from (outgoing) the user, newest first. */
  async listRequests(q: Queryable, userId: string, direction: 'incoming' | 'outgoing', after: Keyset | null, limit: number): Promise<FriendRequestRow[]> {
    const column = direction === 'incoming' ? 'addressee_id' : 'requester_id';
    return q.query<FriendRequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM friend_requests
       WHERE ${column} = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [userId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }
}
