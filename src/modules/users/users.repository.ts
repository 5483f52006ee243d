import { Injectable } from '@nestjs/common';
import { PreparedStatement, returningRows, selectList, type ColumnOf, type Row } from '../../infra/database';
import { User, type UserPlan } from './entities/user.entity';
import { withDefaults, type MusicPreferences, type ProfileVisibility } from './profile-visibility';
import type { Queryable, UserAccount } from './user-account';

/** A row of `users` as the account reads it. */
type UserRow = Pick<Row<User>, (typeof ACCOUNT_COLUMNS)[number]>;

const ACCOUNT_COLUMNS = [
  'id',
  'email',
  'emailVerifiedAt',
  'passwordHash',
  'displayName',
  'plan',
  'createdAt',
  'bio',
  'location',
  'musicPreferences',
  'profileVisibility',
  'avatarKey',
] as const satisfies ReadonlyArray<ColumnOf<User>>;

const COLUMNS = selectList(User, undefined, ACCOUNT_COLUMNS);
/** Prepared: the people every event, queue entry and playlist mentions are read with it (user cards). */
const BY_IDS = new PreparedStatement(`SELECT ${COLUMNS} FROM users WHERE id = ANY($1::uuid[])`);

const toAccount = (row: UserRow): UserAccount => ({
  id: row.id,
  email: row.email,
  emailVerified: row.emailVerifiedAt !== null,
  passwordHash: row.passwordHash,
  displayName: row.displayName,
  plan: row.plan,
  createdAt: row.createdAt,
  bio: row.bio,
  location: row.location,
  musicPreferences: { genres: row.musicPreferences?.genres ?? [], artists: row.musicPreferences?.artists ?? [] },
  visibility: withDefaults(row.profileVisibility),
  avatarKey: row.avatarKey,
});

export interface NewUser {
  email: string;
  emailNormalized: string;
  displayName: string;
  displayNameSearch: string;
  passwordHash: string | null;
  emailVerified: boolean;
}

export interface ProfileChanges {
  displayName?: { value: string; searchKey: string };
  bio?: string | null;
  location?: string | null;
  musicPreferences?: MusicPreferences;
  visibility?: ProfileVisibility;
}

export interface SearchRow {
  id: string;
  searchKey: string;
}

@Injectable()
export class UsersRepository {
  /** Inserts unless the normalized email is taken; null when it was (concurrent sign-ups included). */
  async insertIfEmailFree(q: Queryable, user: NewUser): Promise<UserAccount | null> {
    const rows = await q.query<UserRow>(
      `INSERT INTO users (email, email_normalized, display_name, display_name_search, password_hash, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END)
       ON CONFLICT (email_normalized) DO NOTHING
       RETURNING ${COLUMNS}`,
      [user.email, user.emailNormalized, user.displayName, user.displayNameSearch, user.passwordHash, user.emailVerified],
    );
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findById(q: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<UserAccount | null> {
    const rows = await q.query<UserRow>(
      `SELECT ${COLUMNS} FROM users WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findByIds(q: Queryable, ids: string[]): Promise<UserAccount[]> {
    if (ids.length === 0) return [];
    const rows = await q.query<UserRow>(BY_IDS, [ids]);
    return rows.map(toAccount);
  }

  async findByNormalizedEmail(q: Queryable, emailNormalized: string, options: { forUpdate?: boolean } = {}): Promise<UserAccount | null> {
    const rows = await q.query<UserRow>(
      `SELECT ${COLUMNS} FROM users WHERE email_normalized = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [emailNormalized],
    );
    return rows[0] ? toAccount(rows[0]) : null;
  }

  /**
   * Locks the given users' rows in id order (no deadlock between two transactions locking the same pair)
   * without blocking foreign-key checks; returns the ids that exist.
   */
  async lockInOrder(q: Queryable, ids: string[]): Promise<string[]> {
    const rows = await q.query<{ id: string }>('SELECT id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE', [ids]);
    return rows.map((r) => r.id);
  }

  async markEmailVerified(q: Queryable, id: string): Promise<void> {
    await q.query(
      'UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1',
      [id],
    );
  }

  async setPasswordHash(q: Queryable, id: string, passwordHash: string | null): Promise<void> {
    await q.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [id, passwordHash]);
  }

  async updateProfile(q: Queryable, id: string, changes: ProfileChanges): Promise<UserAccount | null> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    const set = (column: string, value: unknown, cast = '') => {
      params.push(value);
      sets.push(`${column} = $${params.length}${cast}`);
    };
    if (changes.displayName) {
      set('display_name', changes.displayName.value);
      set('display_name_search', changes.displayName.searchKey);
    }
    if (changes.bio !== undefined) set('bio', changes.bio);
    if (changes.location !== undefined) set('location', changes.location);
    if (changes.musicPreferences) set('music_preferences', JSON.stringify(changes.musicPreferences), '::jsonb');
    if (changes.visibility) set('profile_visibility', JSON.stringify(changes.visibility), '::jsonb');
    sets.push('updated_at = now()');
    // Through a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const rows = await returningRows<UserRow>(q, `UPDATE users SET ${sets.join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`, params);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  /** Swaps the avatar key; returns the previous one (to delete from storage after commit). */
  async setAvatarKey(q: Queryable, id: string, key: string | null): Promise<{ previous: string | null } | null> {
    const rows = await q.query<{ previous: string | null }>(
      `WITH old AS (SELECT avatar_key AS previous FROM users WHERE id = $1 FOR UPDATE),
       updated AS (UPDATE users u SET avatar_key = $2, updated_at = now() FROM old WHERE u.id = $1 RETURNING old.previous)
       SELECT previous FROM updated`,
      [id, key],
    );
    return rows[0] ?? null;
  }

  async setPlan(q: Queryable, id: string, plan: UserPlan): Promise<void> {
    await q.query('UPDATE users SET plan = $2, updated_at = now() WHERE id = $1', [id, plan]);
  }

  /**
   * Users whose display name is public and whose search key starts with `prefix`, in (key, id) order
   * after the cursor position. The prefix LIKE runs on the `COLLATE "C"` btree index.
   */
  async searchPublicByPrefix(q: Queryable, prefix: string, excludeId: string, after: SearchRow | null, limit: number): Promise<Array<{ account: UserAccount; searchKey: string }>> {
    const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await q.query<UserRow & { displayNameSearch: string }>(
      `SELECT ${COLUMNS}, display_name_search AS "displayNameSearch" FROM users
       WHERE display_name_search LIKE $1
         AND COALESCE(profile_visibility->>'displayName', 'public') = 'public'
         AND id <> $2
         AND ($3::text IS NULL OR (display_name_search, id) > ($3::text COLLATE "C", $4::uuid))
       ORDER BY display_name_search, id
       LIMIT $5`,
      [pattern, excludeId, after?.searchKey ?? null, after?.id ?? null, limit],
    );
    return rows.map((row) => ({ account: toAccount(row), searchKey: row.displayNameSearch }));
  }
}
