import { Injectable } from '@nestjs/common';
import { PreparedStatement, returningRows, selectList, type ColumnOf, type Queryable, type Row } from '../../../infra/database';
import { AuthRefreshToken } from '../entities/auth-refresh-token.entity';
import { AuthSession } from '../entities/auth-session.entity';

/** Prepared: every authenticated request asks it (on PostgreSQL; the embedded deployment remembers the answer 5 s). */
const LIVE_UNTIL = new PreparedStatement(
  'SELECT expires_at AS "expiresAt" FROM auth_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()',
);

/** What a device reports about itself (X-Client-* headers), already cleaned. */
export type DeviceFields = Pick<Row<AuthSession>, 'platform' | 'deviceName' | 'appVersion'>;

const DEVICE_COLUMNS = ['id', 'platform', 'deviceName', 'appVersion', 'createdAt', 'lastRefreshedAt'] as const satisfies ReadonlyArray<ColumnOf<AuthSession>>;

/** A signed-in device: its session's identity, what it reports about itself, and when it was last seen (its last refresh). */
export type DeviceSessionRow = Pick<Row<AuthSession>, (typeof DEVICE_COLUMNS)[number]>;

const DEVICE = selectList(AuthSession, undefined, DEVICE_COLUMNS);
const DEVICE_WITH_OWNER = selectList(AuthSession, undefined, [...DEVICE_COLUMNS, 'userId']);

export type RefreshTokenRecord = Pick<Row<AuthRefreshToken>, 'sessionId'> &
  Pick<Row<AuthSession>, 'userId'> & {
    rotated: boolean;
    sessionLive: boolean;
  };

@Injectable()
export class SessionsRepository {
  async create(q: Queryable, s: { userId: string; ttlDays: number; userAgent: string | null; ip: string | null; device: DeviceFields }): Promise<string> {
    const rows = await q.query<{ id: string }>(
      `INSERT INTO auth_sessions (user_id, expires_at, user_agent, ip, platform, device_name, app_version)
       VALUES ($1, now() + make_interval(days => $2), $3, $4, $5, $6, $7) RETURNING id`,
      [s.userId, s.ttlDays, s.userAgent, s.ip, s.device.platform, s.device.deviceName, s.device.appVersion],
    );
    return rows[0].id;
  }

  async addRefreshToken(q: Queryable, sessionId: string, tokenHash: string): Promise<void> {
    await q.query('INSERT INTO auth_refresh_tokens (session_id, token_hash) VALUES ($1, $2)', [sessionId, tokenHash]);
  }

  /** Locks the token and its session: concurrent refreshes of one family run one after the other. */
  async findRefreshTokenForUpdate(q: Queryable, tokenHash: string): Promise<RefreshTokenRecord | null> {
    const rows = await q.query<RefreshTokenRecord>(
      `SELECT ${selectList(AuthRefreshToken, 't', ['sessionId'])}, ${selectList(AuthSession, 's', ['userId'])},
              t.rotated_at IS NOT NULL AS rotated, (s.revoked_at IS NULL AND s.expires_at > now()) AS "sessionLive"
       FROM auth_refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
       WHERE t.token_hash = $1
       FOR UPDATE OF s, t`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markRotated(q: Queryable, tokenHash: string): Promise<void> {
    await q.query('UPDATE auth_refresh_tokens SET rotated_at = now() WHERE token_hash = $1', [tokenHash]);
  }

  /** On refresh: the device was seen now, its session lives on, and what it reports about itself is kept current. */
  async extend(q: Queryable, sessionId: string, ttlDays: number, device: DeviceFields): Promise<void> {
    await q.query(
      `UPDATE auth_sessions SET last_refreshed_at = now(), expires_at = now() + make_interval(days => $2),
              platform = COALESCE($3, platform), device_name = COALESCE($4, device_name), app_version = COALESCE($5, app_version)
       WHERE id = $1`,
      [sessionId, ttlDays, device.platform, device.deviceName, device.appVersion],
    );
  }

  /** The user's live sessions (signed-in devices), most recently seen first. */
  async liveOfUser(q: Queryable, userId: string): Promise<DeviceSessionRow[]> {
    return q.query<DeviceSessionRow>(
      `SELECT ${DEVICE} FROM auth_sessions
       WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
       ORDER BY last_refreshed_at DESC, id`,
      [userId],
    );
  }

  /** Live sessions among `ids`, with their owner (for the player device and delegation grants). */
  async liveByIds(q: Queryable, ids: readonly string[]): Promise<Array<DeviceSessionRow & Pick<Row<AuthSession>, 'userId'>>> {
    if (ids.length === 0) return [];
    return q.query<DeviceSessionRow & Pick<Row<AuthSession>, 'userId'>>(
      `SELECT ${DEVICE_WITH_OWNER} FROM auth_sessions
       WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL AND expires_at > now()`,
      [ids],
    );
  }

  /** Revokes one live session of the user; false when it is not theirs, not live, or unknown. */
  async revokeOfUser(q: Queryable, userId: string, sessionId: string, reason: string): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      q,
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3
       WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
      [userId, sessionId, reason],
    );
    return rows.length > 0;
  }

  async revoke(q: Queryable, sessionId: string, reason: string): Promise<void> {
    await q.query('UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
      reason,
    ]);
  }

  /** Revokes the user's live sessions (except one, when given) and returns their ids. */
  async revokeAllOfUser(q: Queryable, userId: string, reason: string, exceptSessionId: string | null): Promise<string[]> {
    const rows = await returningRows<{ id: string }>(
      q,
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)
       RETURNING id`,
      [userId, reason, exceptSessionId],
    );
    return rows.map((r) => r.id);
  }

  async isLive(q: Queryable, sessionId: string, userId: string): Promise<boolean> {
    const rows = await q.query(
      'SELECT 1 FROM auth_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()',
      [sessionId, userId],
    );
    return rows.length > 0;
  }

  /** When the session expires, if it is live. */
  async liveUntil(q: Queryable, sessionId: string, userId: string): Promise<Date | null> {
    const rows = await q.query<{ expiresAt: Date }>(LIVE_UNTIL, [sessionId, userId]);
    return rows[0]?.expiresAt ?? null;
  }

  /** Housekeeping: sessions that ended more than `days` ago (their rotated tokens go with them). */
  async deleteEnded(q: Queryable, days: number): Promise<void> {
    await q.query(
      `DELETE FROM auth_sessions WHERE expires_at < now() - make_interval(days => $1)
          OR revoked_at < now() - make_interval(days => $1)`,
      [days],
    );
  }
}
