import { Injectable } from '@nestjs/common';
import { selectList, type Queryable, type Row, type Tx } from '../../../infra/database';
import { AuthLoginAttempt } from '../entities/auth-login-attempt.entity';
import type { LoginCounter } from './login-brake';

const COLUMNS = selectList(AuthLoginAttempt);

export interface LockedCounters {
  counters: Map<string, LoginCounter>;
  /** The database clock, so every instance judges time alike. */
  now: Date;
}

@Injectable()
export class LoginAttemptsRepository {
  /** Creates missing counters and locks them all (in key order, so concurrent logins never deadlock). */
  async lock(tx: Tx, keys: string[]): Promise<LockedCounters> {
    const sorted = [...new Set(keys)].sort();
    await tx.query(
      `INSERT INTO auth_login_attempts (key, attempts, window_started_at)
       SELECT k, 0, now() FROM unnest($1::text[]) AS k ON CONFLICT (key) DO NOTHING`,
      [sorted],
    );
    const rows = await tx.query<Row<AuthLoginAttempt> & { now: Date }>(
      `SELECT ${COLUMNS}, now() AS now FROM auth_login_attempts
       WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
      [sorted],
    );
    const counters = new Map(rows.map(({ key, now: _now, ...counter }) => [key, counter satisfies LoginCounter]));
    return { counters, now: rows[0]?.now ?? new Date() };
  }

  /** Counts one attempt on each (locked) key; a window older than `windowSeconds` starts over. */
  async count(tx: Tx, keys: string[], windowSeconds: number): Promise<void> {
    await tx.query(
      `UPDATE auth_login_attempts SET
         attempts = CASE WHEN window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE attempts + 1 END,
         window_started_at = CASE WHEN window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE window_started_at END,
         last_attempt_at = now()
       WHERE key = ANY($1::text[])`,
      [keys, windowSeconds],
    );
  }

  async clear(q: Queryable, key: string): Promise<void> {
    await q.query('DELETE FROM auth_login_attempts WHERE key = $1', [key]);
  }

  /** Every counter whose key starts with `prefix` (an account's (account, IP) pairs). */
  async clearPrefix(q: Queryable, prefix: string): Promise<void> {
    await q.query(`DELETE FROM auth_login_attempts WHERE starts_with(key, $1)`, [prefix]);
  }

  /** Gives back one attempt (a successful login does not count against its IP). */
  async giveBack(q: Queryable, key: string): Promise<void> {
    await q.query('UPDATE auth_login_attempts SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0', [key]);
  }

  async deleteExpired(q: Queryable, windowSeconds: number): Promise<void> {
    await q.query('DELETE FROM auth_login_attempts WHERE window_started_at < now() - make_interval(secs => $1)', [windowSeconds]);
  }
}
