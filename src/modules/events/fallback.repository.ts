import { Injectable } from '@nestjs/common';
import type { Queryable as Sql } from '../../infra/database';

/** The fallback rotation: which tracks of the fallback playlist already played since it last started over. */
@Injectable()
export class FallbackRepository {
  async played(sql: Sql, eventId: string): Promise<Set<string>> {
    const rows = await sql.query<{ trackId: string }>(`SELECT track_id AS "trackId" FROM event_fallback_plays WHERE event_id = $1`, [eventId]);
    return new Set(rows.map((r) => r.trackId));
  }

  async record(sql: Sql, eventId: string, trackId: string, at: Date): Promise<void> {
    await sql.query(
      `INSERT INTO event_fallback_plays (event_id, track_id, played_at) VALUES ($1, $2, $3)
       ON CONFLICT (event_id, track_id) DO UPDATE SET played_at = excluded.played_at`,
      [eventId, trackId, at],
    );
  }

  async clear(sql: Sql, eventId: string): Promise<void> {
    await sql.query(`DELETE FROM event_fallback_plays WHERE event_id = $1`, [eventId]);
  }
}
