import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Database } from '../../infra/database';
import { searchKey } from './profile-visibility';
import { normalizeEmail, type Queryable, type UserAccount } from './user-account';
import { UsersRepository } from './users.repository';

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string | null;
  emailVerified: boolean;
}

/**
 * The accounts other modules (auth) create and read. Every method takes the transaction it belongs to;
 * outside one, pass nothing and it runs on its own.
 */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
  ) {}

  /** Creates the account, or returns null when the email already has one (no error: callers must not leak it). */
  create(account: NewAccount, q: Queryable = this.db): Promise<UserAccount | null> {
    return this.users.insertIfEmailFree(q, {
      email: account.email.trim(),
      emailNormalized: normalizeEmail(account.email),
      displayName: account.displayName.trim(),
      displayNameSearch: searchKey(account.displayName),
      passwordHash: account.passwordHash,
      emailVerified: account.emailVerified,
    });
  }

  findById(id: string, q: Queryable = this.db): Promise<UserAccount | null> {
    return this.users.findById(q, id);
  }

  /** Locks the account row until the transaction ends: serialises changes to its sign-in methods. */
  async lockById(tx: Queryable, id: string): Promise<UserAccount> {
    const account = await this.users.findById(tx, id, { forUpdate: true });
    if (!account) throw DomainError.notFound('User');
    return account;
  }

  findByEmail(email: string, q: Queryable = this.db, options: { forUpdate?: boolean } = {}): Promise<UserAccount | null> {
    return this.users.findByNormalizedEmail(q, normalizeEmail(email), options);
  }

  markEmailVerified(id: string, q: Queryable = this.db): Promise<void> {
    return this.users.markEmailVerified(q, id);
  }

  setPasswordHash(id: string, passwordHash: string | null, q: Queryable = this.db): Promise<void> {
    return this.users.setPasswordHash(q, id, passwordHash);
  }

  async me(id: string): Promise<UserAccount> {
    const account = await this.users.findById(this.db, id);
    if (!account) throw DomainError.notFound('User');
    return account;
  }
}

/** The accounts on a database of its own, for callers outside Nest (the operator CLI). */
export const userAccountsOn = (db: Database): UserAccounts => new UserAccounts(db, new UsersRepository());
