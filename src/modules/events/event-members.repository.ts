import { Injectable } from '@nestjs/common';
import type { Queryable as Sql } from '../../infra/database';
import { decodeKeyset, encodeKeyset, isStorableDate, isUuid } from '../../common/pagination';
import type { EventMemberRole } from './entities/event-member.entity';

/** A member (host or guest) or a delegate of an event; the owner is not a row. */
export interface RosterRow {
  userId: string;
  role: EventMemberRole | null;
  isDelegate: boolean;
}

/**
 * Where a roster page ends: the row's group (hosts 0, guests 1, delegates 2; -1 right after the owner, who opens
 * the first page), when it came in, its user id.
 */
export interface RosterPosition {
  rank: number;
  at: Date;
  userId: string;
}

export const encodeRosterCursor = (p: RosterPosition): string => encodeKeyset([p.rank, p.at.toISOString(), p.userId]);

export function decodeRosterCursor(cursor: string | undefined): RosterPosition | null {
  return decodeKeyset(cursor, ([rank, at, userId]) => {
    const date = new Date(String(at));
    return typeof rank === 'number' && Number.isInteger(rank) && rank >= -1 && rank <= 2 && isStorableDate(date) && isUuid(userId) ? { rank, at: date, userId } : null;
  });
}

/** Who is in an event, beyond the owner: members by invitation and playback delegates. */
@Injectable()
export class EventMembersRepository {
  /**
   * Hosts, then guests, then delegates who are neither, each in the order they came in (to the millisecond, so a
   * cursor round-trips through a JS Date), after `after`; at most `limit` rows.
   */
  async roster(sql: Sql, eventId: string, after: RosterPosition | null, limit: number): Promise<Array<RosterRow & { position: RosterPosition }>> {
    const rows = await sql.query<RosterRow & { rank: number; at: Date }>(
      `SELECT * FROM (
         SELECT u.user_id AS "userId", m.role, d.user_id IS NOT NULL AS "isDelegate",
                CASE m.role WHEN 'host' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END AS rank,
                date_trunc('milliseconds', COALESCE(m.created_at, d.granted_at)) AS at
         FROM (SELECT user_id FROM event_members WHERE event_id = $1 UNION SELECT user_id FROM event_delegates WHERE event_id = $1) u
         LEFT JOIN event_members m ON m.event_id = $1 AND m.user_id = u.user_id
         LEFT JOIN event_delegates d ON d.event_id = $1 AND d.user_id = u.user_id
       ) r
       WHERE $2::int IS NULL OR (r.rank, r.at, r."userId") > ($2::int, $3::timestamptz, $4::uuid)
       ORDER BY r.rank, r.at, r."userId"
       LIMIT $5`,
      [eventId, after?.rank ?? null, after?.at ?? null, after?.userId ?? null, limit],
    );
    return rows.map(({ rank, at, ...row }) => ({ ...row, position: { rank, at: new Date(at), userId: row.userId } }));
  }

  async setRole(sql: Sql, eventId: string, userId: string, role: EventMemberRole): Promise<void> {
    await sql.query(`UPDATE event_members SET role = $3 WHERE event_id = $1 AND user_id = $2`, [eventId, userId, role]);
  }
}
