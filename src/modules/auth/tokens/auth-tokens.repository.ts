import { Injectable } from '@nestjs/common';
import { returningRows, selectList, type ColumnOf, type Queryable, type Row } from '../../../infra/database';
import { AuthToken, type AuthTokenPurpose } from '../entities/auth-token.entity';

const STORED_COLUMNS = ['userId', 'provider', 'sessionId', 'subject', 'email'] as const satisfies ReadonlyArray<ColumnOf<AuthToken>>;

/** What a spent or looked-up token tells: whose it is and what it carries. */
export type StoredAuthToken = Pick<Row<AuthToken>, (typeof STORED_COLUMNS)[number]>;

const COLUMNS = selectList(AuthToken, undefined, STORED_COLUMNS);

export interface NewAuthToken {
  userId: string;
  purpose: AuthTokenPurpose;
  tokenHash: string;
  ttlSeconds: number;
  provider?: string;
  sessionId?: string;
  subject?: string;
  email?: string | null;
}

const LIVE = 'used_at IS NULL AND expires_at > now()';

@Injectable()
export class AuthTokensRepository {
  async insert(q: Queryable, token: NewAuthToken): Promise<void> {
    await q.query(
      `INSERT INTO auth_tokens (user_id, purpose, token_hash, provider, session_id, subject, email, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8))`,
      [
        token.userId,
        token.purpose,
        token.tokenHash,
        token.provider ?? null,
        token.sessionId ?? null,
        token.subject ?? null,
        token.email ?? null,
        token.ttlSeconds,
      ],
    );
  }

  /** Marks the token used and returns it, atomically: of two concurrent uses exactly one gets it. */
  async consume(q: Queryable, tokenHash: string, purpose: AuthTokenPurpose): Promise<StoredAuthToken | null> {
    const rows = await returningRows<StoredAuthToken>(
      q,
      `UPDATE auth_tokens SET used_at = now() WHERE token_hash = $1 AND purpose = $2 AND ${LIVE} RETURNING ${COLUMNS}`,
      [tokenHash, purpose],
    );
    return rows[0] ?? null;
  }

  /** Reads a live token without using it (to validate a request before spending the token). */
  async peek(q: Queryable, tokenHash: string, purpose: AuthTokenPurpose): Promise<StoredAuthToken | null> {
    const rows = await q.query<StoredAuthToken>(`SELECT ${COLUMNS} FROM auth_tokens WHERE token_hash = $1 AND purpose = $2 AND ${LIVE}`, [
      tokenHash,
      purpose,
    ]);
    return rows[0] ?? null;
  }

  /** Spends every live token of these purposes for the user (after a reset, a verification…). */
  async invalidate(q: Queryable, userId: string, purposes: AuthTokenPurpose[]): Promise<void> {
    await q.query(`UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND purpose = ANY($2::text[]) AND ${LIVE}`, [
      userId,
      purposes,
    ]);
  }

  /** True when a token of this purpose was issued to the user in the last `seconds` (mail flood guard). */
  async issuedWithin(q: Queryable, userId: string, purpose: AuthTokenPurpose, seconds: number): Promise<boolean> {
    const rows = await q.query(
      `SELECT 1 FROM auth_tokens WHERE user_id = $1 AND purpose = $2 AND created_at > now() - make_interval(secs => $3) LIMIT 1`,
      [userId, purpose, seconds],
    );
    return rows.length > 0;
  }

  /** Housekeeping: tokens that can no longer be used. */
  async deleteStale(q: Queryable, olderThanSeconds: number): Promise<void> {
    await q.query(`DELETE FROM auth_tokens WHERE expires_at < now() - make_interval(secs => $1)`, [olderThanSeconds]);
  }
}
