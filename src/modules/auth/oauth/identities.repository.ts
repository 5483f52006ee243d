import { Injectable } from '@nestjs/common';
import { returningRows, selectList, type ColumnOf, type Queryable, type Row } from '../../../infra/database';
import { AuthIdentity } from '../entities/auth-identity.entity';

export interface StoredIdentity {
  userId: string;
  provider: string;
  subject: string;
  linkedAt: Date;
}

const IDENTITY_COLUMNS = ['userId', 'provider', 'subject', 'createdAt'] as const satisfies ReadonlyArray<ColumnOf<AuthIdentity>>;
type IdentityRow = Pick<Row<AuthIdentity>, (typeof IDENTITY_COLUMNS)[number]>;
const COLUMNS = selectList(AuthIdentity, undefined, IDENTITY_COLUMNS);

const toIdentity = (r: IdentityRow): StoredIdentity => ({ userId: r.userId, provider: r.provider, subject: r.subject, linkedAt: r.createdAt });

@Injectable()
export class IdentitiesRepository {
  async findBySubject(q: Queryable, provider: string, subject: string): Promise<StoredIdentity | null> {
    const rows = await q.query<IdentityRow>(
      `SELECT ${COLUMNS} FROM auth_identities WHERE provider = $1 AND subject = $2`,
      [provider, subject],
    );
    return rows[0] ? toIdentity(rows[0]) : null;
  }

  async listOfUser(q: Queryable, userId: string): Promise<StoredIdentity[]> {
    const rows = await q.query<IdentityRow>(
      `SELECT ${COLUMNS} FROM auth_identities WHERE user_id = $1 ORDER BY created_at, provider`,
      [userId],
    );
    return rows.map(toIdentity);
  }

  /** Throws a unique violation when the subject or the (user, provider) pair is taken. */
  async insert(q: Queryable, identity: { userId: string; provider: string; subject: string; email: string | null }): Promise<void> {
    await q.query('INSERT INTO auth_identities (user_id, provider, subject, email) VALUES ($1, $2, $3, $4)', [
      identity.userId,
      identity.provider,
      identity.subject,
      identity.email,
    ]);
  }

  /** Every identity of the user (see MailboxProof). */
  async deleteAllOfUser(q: Queryable, userId: string): Promise<void> {
    await q.query('DELETE FROM auth_identities WHERE user_id = $1', [userId]);
  }

  async delete(q: Queryable, userId: string, provider: string): Promise<boolean> {
    const rows = await returningRows(q, 'DELETE FROM auth_identities WHERE user_id = $1 AND provider = $2 RETURNING id', [userId, provider]);
    return rows.length > 0;
  }
}
