import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthUser } from '../../../common/auth';
import { DomainError } from '../../../common/errors/domain-error';
import { EventBus } from '../../../common/events/event-bus';
import { Database } from '../../../infra/database';
import { MailOutbox } from '../../../infra/mail';
import { UserAccounts } from '../../users';
import { AuthMails } from '../auth-mails';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertAcceptablePassword } from '../passwords/password-policy';
import { LoginLimiter } from '../rate-limits/login-limiter';
import type { ClientInfo } from '../../../common/http/client-info';
import { SessionsService, type IssuedSession } from '../sessions/sessions.service';
import { OneTimeTokens } from '../tokens/one-time-tokens';
import { MailboxProof } from './mailbox-proof';
import { MAIL_COOLDOWN_SECONDS } from './registration.service';

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The email or the password is wrong.');

/** Password sign-in, forgotten and changed passwords. */
@Injectable()
export class PasswordAuthService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginLimiter,
    private readonly tokens: OneTimeTokens,
    private readonly outbox: MailOutbox,
    private readonly mails: AuthMails,
    private readonly sessions: SessionsService,
    private readonly mailboxProof: MailboxProof,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe('auth.password_reset_requested', ({ email }) => this.forgotPassword(email));
  }

  /**
   * Answers at once and alike for every address: looking the account up and queueing the mail happen after
   * the answer (security finding 8: doing them in the request made known addresses measurably slower).
   */
  requestPasswordReset(email: string): void {
    this.bus.publish('auth.password_reset_requested', { email });
  }

  /** Unknown email, OAuth-only account or wrong password: one answer, after the same argon2 work. */
  async login(email: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const attempt = await this.limiter.begin(email, client.ip);
    const account = await this.accounts.findByEmail(email);
    const matches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !account.passwordHash || !matches) throw invalidCredentials();
    await this.limiter.succeeded(attempt);
    if (!account.emailVerified) {
      throw new DomainError('EMAIL_NOT_VERIFIED', 'Confirm your email address first: check your inbox or ask for a new link.');
    }
    const rehash = this.hasher.needsRehash(account.passwordHash) ? await this.hasher.hash(password) : null;
    return this.db.transaction(async (tx) => {
      if (rehash) await this.accounts.setPasswordHash(account.id, rehash, tx);
      return this.sessions.start(tx, account, client);
    });
  }

  /** Mails a reset link when the email has an account (OAuth-only ones too: it is how they add a password). Off the request path. */
  async forgotPassword(email: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Locked: two requests handled at once must not both pass the cooldown.
      const account = await this.accounts.findByEmail(email, tx, { forUpdate: true });
      if (!account) return;
      if (await this.tokens.issuedWithin(tx, account.id, 'reset_password', MAIL_COOLDOWN_SECONDS)) return;
      const token = await this.tokens.issue(tx, account.id, 'reset_password');
      await this.outbox.enqueue(tx, this.mails.passwordReset(account, token));
    });
  }

  /**
   * Sets the new password and ends every session. The token is checked first and spent only with a valid
   * password, so a rejected password does not burn the link. Following the link proves the mailbox: the
   * email counts as verified from then on, and identities attached before that proof are dropped (MailboxProof).
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const invalid = () => new DomainError('INVALID_TOKEN', 'This reset link is invalid, used or expired. Ask for a new one.');
    const pending = await this.tokens.peek(this.db, token, 'reset_password');
    const owner = pending ? await this.accounts.findById(pending.userId) : null;
    if (!owner) throw invalid();
    assertAcceptablePassword(password, owner.email);
    const passwordHash = await this.hasher.hash(password);
    await this.db.transaction(async (tx) => {
      const stored = await this.tokens.consume(tx, token, 'reset_password');
      if (!stored) throw invalid();
      await this.accounts.setPasswordHash(stored.userId, passwordHash, tx);
      await this.mailboxProof.record(tx, stored.userId);
      await this.tokens.invalidate(tx, stored.userId, ['reset_password', 'verify_email', 'oauth_login', 'oauth_link', 'oauth_link_confirm']);
      await this.sessions.revokeAll(tx, stored.userId, 'password_reset');
    });
    await this.limiter.reset(owner.email);
  }

  /** Needs the current password; ends every other session of the user (the caller's one stays signed in). */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string, client: ClientInfo): Promise<void> {
    const account = await this.accounts.me(user.id);
    const attempt = await this.limiter.begin(account.email, client.ip);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong.');
    }
    await this.limiter.succeeded(attempt);
    assertAcceptablePassword(newPassword, account.email, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.db.transaction(async (tx) => {
      await this.accounts.setPasswordHash(account.id, passwordHash, tx);
      await this.tokens.invalidate(tx, account.id, ['reset_password']);
      await this.sessions.revokeAll(tx, account.id, 'password_changed', user.sessionId);
    });
  }
}
