import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../../infra/database';
import type { AuthTokenPurpose } from '../entities/auth-token.entity';

export interface StoredAuthToken {
  userId: string;
  provider: string | null;
  sessionId: string | null;
  subject: string | null;
  email: string | null;
}

interface TokenRow {
  user_id: string;
  provider: string | null;
  session_id: string | null;
  subject: string | null;
  email: string | null;
}

const COLUMNS = 'user_id, provider, session_id, subject, email';

const toToken = (row: TokenRow | undefined): StoredAuthToken | null =>
  row ? { userId: row.user_id, provider: row.provider, sessionId: row.session_id, subject: row.subject, email: row.email } : null;

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
    const rows = await returningRows<TokenRow>(
      q,
      `UPDATE auth_tokens SET used_at = now() WHERE token_hash = $1 AND purpose = $2 AND ${LIVE} RETURNING ${COLUMNS}`,
      [tokenHash, purpose],
    );
    return toToken(rows[0]);
  }

  /** Reads a live token without using it (to validate a request before spending the token). */
  async peek(q: Queryable, tokenHash: string, purpose: AuthTokenPurpose): Promise<StoredAuthToken | null> {
    const rows = await q.query<TokenRow>(`SELECT ${COLUMNS} FROM auth_tokens WHERE token_hash = $1 AND purpose = $2 AND ${LIVE}`, [
      tokenHash,
      purpose,
    ]);
    return toToken(rows[0]);
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
