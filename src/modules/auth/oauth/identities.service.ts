import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../../common/auth';
import { DomainError } from '../../../common/errors/domain-error';
import { Database } from '../../../infra/database';
import { UserAccounts } from '../../users';
import { IdentitiesRepository } from './identities.repository';
import { isOAuthProviderName } from './oauth-provider';

export interface SignInMethod {
  provider: string;
  linkedAt: Date;
}

/** The ways a user can sign in: `password` (when set) and each linked OAuth identity. */
@Injectable()
export class IdentitiesService {
  constructor(
    private readonly db: Database,
    private readonly accounts: UserAccounts,
    private readonly identities: IdentitiesRepository,
  ) {}

  async list(user: AuthUser): Promise<SignInMethod[]> {
    const account = await this.accounts.me(user.id);
    const linked = await this.identities.listOfUser(this.db, user.id);
    // The password's own date is not recorded; the account's creation stands in for it.
    const password = account.passwordHash ? [{ provider: 'password', linkedAt: account.createdAt }] : [];
    return [...password, ...linked.map((i) => ({ provider: i.provider, linkedAt: i.linkedAt }))];
  }

  /** Removes a sign-in method; refused (409) when it is the last one. The account row lock serialises concurrent removals. */
  async unlink(user: AuthUser, provider: string): Promise<void> {
    if (provider !== 'password' && !isOAuthProviderName(provider)) throw DomainError.notFound('Sign-in method');
    await this.db.transaction(async (tx) => {
      const account = await this.accounts.lockById(tx, user.id);
      const linked = await this.identities.listOfUser(tx, user.id);
      const methods = linked.length + (account.passwordHash ? 1 : 0);
      const present = provider === 'password' ? account.passwordHash !== null : linked.some((i) => i.provider === provider);
      if (!present) throw DomainError.notFound('Sign-in method');
      if (methods <= 1) throw new DomainError('CONFLICT', 'This is your only way to sign in; add another one before removing it.');
      if (provider === 'password') await this.accounts.setPasswordHash(user.id, null, tx);
      else await this.identities.delete(tx, user.id, provider);
    });
  }
}
