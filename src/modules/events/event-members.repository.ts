import { Injectable } from '@nestjs/common';
import type { Queryable as Sql } from '../../infra/database';
import type { EventMemberRole } from './entities/event-member.entity';

/** A member (host or guest) or a delegate of an event; the owner is not a row. */
export interface RosterRow {
  userId: string;
  role: EventMemberRole | null;
  isDelegate: boolean;
}

/** Who is in an event, beyond the owner: members by invitation and playback delegates. */
@Injectable()
export class EventMembersRepository {
  /** Hosts, then guests, then delegates who are neither, each in the order they came in. */
  roster(sql: Sql, eventId: string): Promise<RosterRow[]> {
    return sql.query<RosterRow>(
      `SELECT u.user_id AS "userId", m.role, d.user_id IS NOT NULL AS "isDelegate"
       FROM (SELECT user_id FROM event_members WHERE event_id = $1 UNION SELECT user_id FROM event_delegates WHERE event_id = $1) u
       LEFT JOIN event_members m ON m.event_id = $1 AND m.user_id = u.user_id
       LEFT JOIN event_delegates d ON d.event_id = $1 AND d.user_id = u.user_id
       ORDER BY CASE m.role WHEN 'host' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END, COALESCE(m.created_at, d.granted_at), u.user_id`,
      [eventId],
    );
  }

  async setRole(sql: Sql, eventId: string, userId: string, role: EventMemberRole): Promise<void> {
    await sql.query(`UPDATE event_members SET role = $3 WHERE event_id = $1 AND user_id = $2`, [eventId, userId, role]);
  }
}
