import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import type { Tx } from '../../../infra/database';
import { UserAccounts, type UserAccount } from '../../users';
import { MailboxProof } from '../accounts/mailbox-proof';
import { SessionsService } from '../sessions/sessions.service';
import { SessionsRepository } from '../sessions/sessions.repository';
import { OneTimeTokens } from '../tokens/one-time-tokens';
import { IdentitiesRepository } from './identities.repository';
import type { OAuthProvider, ProviderProfile } from './oauth-provider';

/** Lost a race: another request created the same identity or account first; the caller retries once. */
export class OAuthRaceLost extends Error {}

/**
 * Which account an OAuth identity belongs to. Identities are keyed by (provider, subject). A first sign-in
 * creates or joins an account by email only when the provider vouches for that email: otherwise anyone could
 * type a victim's address at the provider and wait for the victim to prove it (EMAIL_NOT_VERIFIED_BY_PROVIDER).
 * An unverified local account with a vouched-for email is taken over by the proven owner: its password and
 * identities, added by someone who never proved the mailbox, are removed.
 */
@Injectable()
export class OAuthAccounts {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly identities: IdentitiesRepository,
    private readonly sessionsRepo: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly tokens: OneTimeTokens,
    private readonly mailboxProof: MailboxProof,
  ) {}

  async signIn(tx: Tx, provider: OAuthProvider, profile: ProviderProfile): Promise<UserAccount> {
    const known = await this.identities.findBySubject(tx, provider.name, profile.subject);
    if (known) {
      const account = await this.accounts.findById(known.userId, tx);
      if (account) return account;
    }
    if (!profile.email) {
      throw new DomainError('UNPROCESSABLE', `Your ${provider.label} account has no email address, which MusicRoom needs.`);
    }
    if (!profile.emailVerified) {
      throw new DomainError(
        'EMAIL_NOT_VERIFIED_BY_PROVIDER',
        `${provider.label} has not verified your email address. Verify it there, or sign up with email and link ${provider.label} later.`,
      );
    }
    const existing = await this.accounts.findByEmail(profile.email, tx, { forUpdate: true });
    if (existing) return this.joinExisting(tx, provider, profile, existing);
    const created = await this.accounts.create(
      { email: profile.email, displayName: displayNameOf(profile), passwordHash: null, emailVerified: true },
      tx,
    );
    if (!created) throw new OAuthRaceLost();
    await this.addIdentity(tx, created.id, provider, profile);
    return created;
  }

  /** Links the identity to a signed-in user whose session is still alive. */
  async link(tx: Tx, userId: string, sessionId: string, provider: OAuthProvider, profile: ProviderProfile): Promise<void> {
    await this.accounts.lockById(tx, userId);
    if (!(await this.sessionsRepo.isLive(tx, sessionId, userId))) {
      throw new DomainError('UNAUTHENTICATED', 'Your session ended before the link was confirmed; sign in again.');
    }
    const known = await this.identities.findBySubject(tx, provider.name, profile.subject);
    if (known?.userId === userId) return;
    if (known) throw new DomainError('CONFLICT', `This ${provider.label} account is already linked to another MusicRoom account.`);
    await this.addIdentity(tx, userId, provider, profile);
  }

  private async joinExisting(tx: Tx, provider: OAuthProvider, profile: ProviderProfile, existing: UserAccount): Promise<UserAccount> {
    if (!existing.emailVerified) {
      await this.accounts.setPasswordHash(existing.id, null, tx);
      await this.mailboxProof.record(tx, existing.id);
      await this.tokens.invalidate(tx, existing.id, ['verify_email', 'reset_password']);
      await this.sessions.revokeAll(tx, existing.id, 'claimed_by_verified_oauth');
    }
    await this.addIdentity(tx, existing.id, provider, profile);
    return (await this.accounts.findById(existing.id, tx)) ?? existing;
  }

  private async addIdentity(tx: Tx, userId: string, provider: OAuthProvider, profile: ProviderProfile): Promise<void> {
    const current = (await this.identities.listOfUser(tx, userId)).find((i) => i.provider === provider.name);
    if (current && current.subject !== profile.subject) {
      throw new DomainError('CONFLICT', `This MusicRoom account is linked to another ${provider.label} account; unlink it first.`);
    }
    if (!current) await this.identities.insert(tx, { userId, provider: provider.name, subject: profile.subject, email: profile.email });
  }
}

function displayNameOf(profile: ProviderProfile): string {
  const name = profile.displayName?.trim();
  return (name || (profile.email ?? 'MusicRoom user').split('@')[0]).slice(0, 50);
}
