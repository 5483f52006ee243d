import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../../infra/database';

/** What a device reports about itself (X-Client-* headers), already cleaned. */
export interface DeviceFields {
  platform: string | null;
  deviceName: string | null;
  appVersion: string | null;
}

export interface DeviceSessionRow extends DeviceFields {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface RefreshTokenRecord {
  sessionId: string;
  userId: string;
  rotated: boolean;
  sessionLive: boolean;
}

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
    const rows = await q.query<{ session_id: string; user_id: string; rotated: boolean; live: boolean }>(
      `SELECT t.session_id, s.user_id, t.rotated_at IS NOT NULL AS rotated,
              (s.revoked_at IS NULL AND s.expires_at > now()) AS live
       FROM auth_refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
       WHERE t.token_hash = $1
       FOR UPDATE OF s, t`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, userId: row.user_id, rotated: row.rotated, sessionLive: row.live } : null;
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
    const rows = await q.query<{ id: string; platform: string | null; device_name: string | null; app_version: string | null; created_at: Date; last_refreshed_at: Date }>(
      `SELECT id, platform, device_name, app_version, created_at, last_refreshed_at FROM auth_sessions
       WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
       ORDER BY last_refreshed_at DESC, id`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      platform: r.platform,
      deviceName: r.device_name,
      appVersion: r.app_version,
      createdAt: r.created_at,
      lastSeenAt: r.last_refreshed_at,
    }));
  }

  /** Live sessions among `ids`, with their owner (for the player device and delegation grants). */
  async liveByIds(q: Queryable, ids: readonly string[]): Promise<Array<DeviceSessionRow & { userId: string }>> {
    if (ids.length === 0) return [];
    const rows = await q.query<{ id: string; user_id: string; platform: string | null; device_name: string | null; app_version: string | null; created_at: Date; last_refreshed_at: Date }>(
      `SELECT id, user_id, platform, device_name, app_version, created_at, last_refreshed_at FROM auth_sessions
       WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL AND expires_at > now()`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      platform: r.platform,
      deviceName: r.device_name,
      appVersion: r.app_version,
      createdAt: r.created_at,
      lastSeenAt: r.last_refreshed_at,
    }));
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
    const rows = await q.query<{ expiresAt: Date }>(
      'SELECT expires_at AS "expiresAt" FROM auth_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()',
      [sessionId, userId],
    );
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
