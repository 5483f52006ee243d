import { Injectable } from '@nestjs/common';
import type { Tx } from '../../../infra/database';
import { UserAccounts } from '../../users';
import { IdentitiesRepository } from '../oauth/identities.repository';

/**
 * The first proof that someone reads an account's mailbox: a verification link, a reset link, or a provider
 * that vouches for the address. Until then, whoever typed the address held the account, and any OAuth
 * identity attached in that time may be theirs (the takeover: attach your identity to the victim's address,
 * wait for the victim to verify it, sign in again). So the first proof drops those identities.
 */
@Injectable()
export class MailboxProof {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly identities: IdentitiesRepository,
  ) {}

  /** Marks the email verified; on the first proof, removes the identities attached before it. Locks the account. */
  async record(tx: Tx, userId: string): Promise<void> {
    const account = await this.accounts.lockById(tx, userId);
    if (account.emailVerified) return;
    await this.identities.deleteAllOfUser(tx, userId);
    await this.accounts.markEmailVerified(userId, tx);
  }
}
