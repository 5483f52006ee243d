import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../../infra/database';

export interface AttemptCount {
  key: string;
  attempts: number;
  /** Seconds until the key's window ends. */
  retryAfterSeconds: number;
}

@Injectable()
export class LoginAttemptsRepository {
  /**
   * Counts one attempt for each key in one statement (atomic per key under concurrency) and returns the
   * counts. A window older than `windowSeconds` starts over.
   */
  async hit(q: Queryable, keys: string[], windowSeconds: number): Promise<AttemptCount[]> {
    if (keys.length === 0) return [];
    const rows = await q.query<{ key: string; attempts: number; retry_after: number }>(
      `INSERT INTO auth_login_attempts AS a (key, attempts, window_started_at)
       SELECT k, 1, now() FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE a.window_started_at END
       RETURNING key, attempts,
         GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now()))))::int AS retry_after`,
      [keys, windowSeconds],
    );
    return rows.map((r) => ({ key: r.key, attempts: r.attempts, retryAfterSeconds: r.retry_after }));
  }

  async clear(q: Queryable, key: string): Promise<void> {
    await q.query('DELETE FROM auth_login_attempts WHERE key = $1', [key]);
  }

  /** Gives back one attempt (a successful login does not count against its IP). */
  async giveBack(q: Queryable, key: string): Promise<void> {
    await q.query('UPDATE auth_login_attempts SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0', [key]);
  }

  async deleteExpired(q: Queryable, windowSeconds: number): Promise<void> {
    await q.query('DELETE FROM auth_login_attempts WHERE window_started_at < now() - make_interval(secs => $1)', [windowSeconds]);
  }
}
