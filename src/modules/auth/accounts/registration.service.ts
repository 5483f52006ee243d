import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import { EventBus } from '../../../common/events/event-bus';
import { Database } from '../../../infra/database';
import { MailOutbox } from '../../../infra/mail';
import { UserAccounts } from '../../users';
import { AuthMails } from '../auth-mails';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertAcceptablePassword } from '../passwords/password-policy';
import type { ClientInfo } from '../../../common/http/client-info';
import { SessionsService, type IssuedSession } from '../sessions/sessions.service';
import { OneTimeTokens } from '../tokens/one-time-tokens';
import { MailboxProof } from './mailbox-proof';

/** At most one mail of a kind per account in this many seconds, whoever asks. */
export const MAIL_COOLDOWN_SECONDS = 60;

export interface Registration {
  email: string;
  password: string;
  displayName: string;
}

/**
 * Sign-up and email verification. Answers never depend on whether the email already has an account: the
 * same status, the same body, and the same work (the password is hashed either way).
 */
@Injectable()
export class RegistrationService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokens,
    private readonly outbox: MailOutbox,
    private readonly mails: AuthMails,
    private readonly sessions: SessionsService,
    private readonly mailboxProof: MailboxProof,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe('auth.verification_resend_requested', ({ email }) => this.resendVerification(email));
  }

  /** Answers at once and alike for every address; the lookup and the mail happen after the answer. */
  requestVerificationResend(email: string): void {
    this.bus.publish('auth.verification_resend_requested', { email });
  }

  async register(registration: Registration): Promise<void> {
    assertAcceptablePassword(registration.password, registration.email);
    const passwordHash = await this.hasher.hash(registration.password);
    await this.db.transaction(async (tx) => {
      const { email, displayName } = registration;
      const created = await this.accounts.create({ email, displayName, passwordHash, emailVerified: false }, tx);
      if (created) {
        const token = await this.tokens.issue(tx, created.id, 'verify_email');
        await this.outbox.enqueue(tx, this.mails.verification(created, token));
        return;
      }
      // The email is taken (possibly by a sign-up committed a moment ago): tell its owner, change nothing.
      const owner = await this.accounts.findByEmail(registration.email, tx);
      if (owner) await this.outbox.enqueue(tx, this.mails.signUpAttempt(owner), { unlessQueuedWithinSeconds: MAIL_COOLDOWN_SECONDS });
    });
  }

  /** Spends the mailed token, marks the email verified (see MailboxProof) and signs the user in. */
  async verifyEmail(token: string, client: ClientInfo): Promise<IssuedSession> {
    return this.db.transaction(async (tx) => {
      const stored = await this.tokens.consume(tx, token, 'verify_email');
      if (!stored) throw new DomainError('INVALID_TOKEN', 'This verification link is invalid, used or expired. Ask for a new one.');
      await this.mailboxProof.record(tx, stored.userId);
      await this.tokens.invalidate(tx, stored.userId, ['verify_email']);
      const account = await this.accounts.findById(stored.userId, tx);
      if (!account) throw new DomainError('INVALID_TOKEN', 'This verification link is invalid, used or expired.');
      return this.sessions.start(tx, account, client);
    });
  }

  /** Sends a fresh verification link to an unverified account; silently does nothing otherwise. Off the request path. */
  async resendVerification(email: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Locked: two requests handled at once must not both pass the cooldown.
      const account = await this.accounts.findByEmail(email, tx, { forUpdate: true });
      if (!account || account.emailVerified) return;
      if (await this.tokens.issuedWithin(tx, account.id, 'verify_email', MAIL_COOLDOWN_SECONDS)) return;
      const token = await this.tokens.issue(tx, account.id, 'verify_email');
      await this.outbox.enqueue(tx, this.mails.verification(account, token));
    });
  }
}
