import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable as Sql } from '../../infra/database';

/** Which devices a grant covers: every device of the delegate, or these sessions only. */
export type GrantDevices = 'all' | string[];

export interface GrantRow {
  eventId: string;
  userId: string;
  devices: GrantDevices;
  grantedAt: Date;
}

export interface IncomingGrantRow extends GrantRow {
  eventName: string;
  ownerId: string;
}

interface RawGrant {
  eventId: string;
  userId: string;
  allDevices: boolean;
  sessionIds: string[] | null;
  grantedAt: Date;
}

const GRANT_COLUMNS = `d.event_id AS "eventId", d.user_id AS "userId", d.all_devices AS "allDevices", d.granted_at AS "grantedAt",
  ARRAY(SELECT dd.session_id::text FROM event_delegate_devices dd WHERE dd.event_id = d.event_id AND dd.user_id = d.user_id ORDER BY dd.session_id) AS "sessionIds"`;

const toGrant = (r: RawGrant): GrantRow => ({
  eventId: r.eventId,
  userId: r.userId,
  devices: r.allDevices ? 'all' : (r.sessionIds ?? []),
  grantedAt: r.grantedAt,
});

export function sameDevices(a: GrantDevices, b: GrantDevices): boolean {
  if (a === 'all' || b === 'all') return a === b;
  const [x, y] = [[...a].sort(), [...b].sort()];
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/** Music Control Delegation grants and the devices they cover. */
@Injectable()
export class DelegationsRepository {
  async find(sql: Sql, eventId: string, userId: string): Promise<GrantRow | null> {
    const rows = await sql.query<RawGrant>(`SELECT ${GRANT_COLUMNS} FROM event_delegates d WHERE d.event_id = $1 AND d.user_id = $2`, [eventId, userId]);
    return rows[0] ? toGrant(rows[0]) : null;
  }

  /** Creates or replaces the grant; the caller holds the event lock. */
  async save(sql: Sql, eventId: string, userId: string, devices: GrantDevices): Promise<GrantRow> {
    await sql.query(
      `INSERT INTO event_delegates (event_id, user_id, all_devices) VALUES ($1, $2, $3)
       ON CONFLICT (event_id, user_id) DO UPDATE SET all_devices = excluded.all_devices`,
      [eventId, userId, devices === 'all'],
    );
    await sql.query(`DELETE FROM event_delegate_devices WHERE event_id = $1 AND user_id = $2`, [eventId, userId]);
    if (devices !== 'all') {
      await sql.query(
        `INSERT INTO event_delegate_devices (event_id, user_id, session_id) SELECT $1, $2, unnest($3::uuid[])`,
        [eventId, userId, devices],
      );
    }
    const saved = await this.find(sql, eventId, userId);
    if (!saved) throw new Error('grant vanished inside its transaction');
    return saved;
  }

  async remove(sql: Sql, eventId: string, userId: string): Promise<boolean> {
    const rows = await returningRows(sql, `DELETE FROM event_delegates WHERE event_id = $1 AND user_id = $2 RETURNING user_id`, [eventId, userId]);
    return rows.length > 0;
  }

  /** Grants that name one of these sessions. */
  async onSessions(sql: Sql, sessionIds: readonly string[]): Promise<Array<{ eventId: string; userId: string }>> {
    if (sessionIds.length === 0) return [];
    return sql.query<{ eventId: string; userId: string }>(
      `SELECT DISTINCT event_id AS "eventId", user_id AS "userId" FROM event_delegate_devices WHERE session_id = ANY($1::uuid[])`,
      [sessionIds],
    );
  }

  async removeSessions(sql: Sql, eventId: string, userId: string, sessionIds: readonly string[]): Promise<void> {
    await sql.query(`DELETE FROM event_delegate_devices WHERE event_id = $1 AND user_id = $2 AND session_id = ANY($3::uuid[])`, [eventId, userId, sessionIds]);
  }

  ofEvent(sql: Sql, eventId: string): Promise<GrantRow[]> {
    return sql
      .query<RawGrant>(`SELECT ${GRANT_COLUMNS} FROM event_delegates d WHERE d.event_id = $1 ORDER BY d.granted_at, d.user_id`, [eventId])
      .then((rows) => rows.map(toGrant));
  }

  /** Grants the user holds, newest first, with the event's name and owner. */
  async incoming(sql: Sql, userId: string): Promise<IncomingGrantRow[]> {
    const rows = await sql.query<RawGrant & { eventName: string; ownerId: string }>(
      `SELECT ${GRANT_COLUMNS}, e.name AS "eventName", e.owner_id AS "ownerId"
       FROM event_delegates d JOIN events e ON e.id = d.event_id
       WHERE d.user_id = $1 ORDER BY d.granted_at DESC, d.event_id`,
      [userId],
    );
    return rows.map((r) => ({ ...toGrant(r), eventName: r.eventName, ownerId: r.ownerId }));
  }

  /** Grants from events one of the two users owns to the other (a friendship between them ended). */
  between(sql: Sql, a: string, b: string): Promise<Array<{ eventId: string; userId: string }>> {
    return sql.query<{ eventId: string; userId: string }>(
      `SELECT d.event_id AS "eventId", d.user_id AS "userId" FROM event_delegates d JOIN events e ON e.id = d.event_id
       WHERE (e.owner_id = $1 AND d.user_id = $2) OR (e.owner_id = $2 AND d.user_id = $1)`,
      [a, b],
    );
  }
}
