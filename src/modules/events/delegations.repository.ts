import { Injectable } from '@nestjs/common';
import { returningRows, selectList, type Queryable as Sql, type Row } from '../../infra/database';
import { EventDelegateDeviceEntity } from './entities/event-delegate-device.entity';
import { EventDelegateEntity } from './entities/event-delegate.entity';
import type { EventEntity } from './entities/event.entity';

/** Which devices a grant covers: every device of the delegate, or these sessions only. */
export type GrantDevices = 'all' | string[];

/** A grant: the delegate table's row, with the devices it covers in place of its `all_devices` flag. */
export type GrantRow = Omit<Row<EventDelegateEntity>, 'allDevices'> & { devices: GrantDevices };

export type IncomingGrantRow = GrantRow & { eventName: Row<EventEntity>['name']; ownerId: Row<EventEntity>['ownerId'] };

/** The grant as read: its row, and the sessions of `event_delegate_devices` it lists. */
type RawGrant = Row<EventDelegateEntity> & { sessionIds: Array<Row<EventDelegateDeviceEntity>['sessionId']> | null };

/** An (event, delegate) pair. */
type GrantKey = Pick<Row<EventDelegateEntity>, 'eventId' | 'userId'>;

const GRANT_COLUMNS = `${selectList(EventDelegateEntity, 'd')},
  ARRAY(SELECT dd.session_id::text FROM event_delegate_devices dd WHERE dd.event_id = d.event_id AND dd.user_id = d.user_id ORDER BY dd.session_id) AS "sessionIds"`;

const toGrant = ({ allDevices, sessionIds, ...row }: RawGrant): GrantRow => ({ ...row, devices: allDevices ? 'all' : (sessionIds ?? []) });

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
  async onSessions(sql: Sql, sessionIds: readonly string[]): Promise<GrantKey[]> {
    if (sessionIds.length === 0) return [];
    return sql.query<GrantKey>(
      `SELECT DISTINCT ${selectList(EventDelegateDeviceEntity, undefined, ['eventId', 'userId'])} FROM event_delegate_devices WHERE session_id = ANY($1::uuid[])`,
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
    const rows = await sql.query<RawGrant & Pick<IncomingGrantRow, 'eventName' | 'ownerId'>>(
      `SELECT ${GRANT_COLUMNS}, e.name AS "eventName", e.owner_id AS "ownerId"
       FROM event_delegates d JOIN events e ON e.id = d.event_id
       WHERE d.user_id = $1 ORDER BY d.granted_at DESC, d.event_id`,
      [userId],
    );
    return rows.map((r) => ({ ...toGrant(r), eventName: r.eventName, ownerId: r.ownerId }));
  }

  /** Grants from events one of the two users owns to the other (a friendship between them ended). */
  between(sql: Sql, a: string, b: string): Promise<GrantKey[]> {
    return sql.query<GrantKey>(
      `SELECT ${selectList(EventDelegateEntity, 'd', ['eventId', 'userId'])} FROM event_delegates d JOIN events e ON e.id = d.event_id
       WHERE (e.owner_id = $1 AND d.user_id = $2) OR (e.owner_id = $2 AND d.user_id = $1)`,
      [a, b],
    );
  }
}
