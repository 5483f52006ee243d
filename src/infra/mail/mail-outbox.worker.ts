import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MAILER, PermanentMailError, type Mailer } from './mailer';
import { MailOutboxRepository, type ClaimedMail } from './mail-outbox.repository';
import { OutboxCipher } from './outbox-cipher';

export interface MailWorkerOptions {
  /** How often pending mail is looked for besides the kicks sent after each commit (0: kicks only). */
  pollIntervalMs: number;
  batchSize: number;
  /** How long a claimed mail is hidden from other workers while it is being sent. */
  leaseMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Sent and abandoned mail is deleted after this many days. */
  keepDays: number;
}

export const MAIL_WORKER_OPTIONS = Symbol('MAIL_WORKER_OPTIONS');

export const DEFAULT_MAIL_WORKER_OPTIONS: MailWorkerOptions = {
  pollIntervalMs: 5_000,
  batchSize: 10,
  leaseMs: 60_000,
  maxAttempts: 10,
  retryBaseMs: 5_000,
  retryMaxMs: 15 * 60_000,
  keepDays: 7,
};

const PURGE_EVERY_MS = 3_600_000;

interface MailBody {
  text: string;
  html: string;
}

/** Sends queued mail with retries and exponential backoff; several instances can run it side by side. */
@Injectable()
export class MailOutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailOutboxWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private kickedWhileRunning = false;
  private stopped = false;
  private lastPurgeAt = 0;

  constructor(
    private readonly repository: MailOutboxRepository,
    private readonly cipher: OutboxCipher,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(MAIL_WORKER_OPTIONS) private readonly options: MailWorkerOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.pollIntervalMs > 0) this.timer = setInterval(() => this.kick(), this.options.pollIntervalMs).unref();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Looks for due mail soon, without waiting. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.kickedWhileRunning = true;
      return;
    }
    this.running = this.sendDue()
      .catch((error: unknown) => this.logger.error({ err: error }, 'Mail outbox run failed'))
      .finally(() => {
        this.running = null;
        if (this.kickedWhileRunning) {
          this.kickedWhileRunning = false;
          this.kick();
        }
      });
  }

  /** Resolves once no mail is due any more (tests; a delivery scheduled for later is not waited for). */
  async drain(): Promise<void> {
    for (;;) {
      if (this.running) {
        await this.running;
        continue;
      }
      if ((await this.sendBatch()) === 0 && !this.running) return;
    }
  }

  private async sendDue(): Promise<void> {
    while (!this.stopped && (await this.sendBatch()) > 0);
    if (Date.now() - this.lastPurgeAt > PURGE_EVERY_MS) {
      this.lastPurgeAt = Date.now();
      await this.repository.purgeFinished(this.options.keepDays);
    }
  }

  private async sendBatch(): Promise<number> {
    const claimed = await this.repository.claimDue(this.options.batchSize, this.options.leaseMs);
    for (const mail of claimed) await this.deliver(mail);
    return claimed.length;
  }

  private async deliver(mail: ClaimedMail): Promise<void> {
    let body: MailBody;
    try {
      body = JSON.parse(this.cipher.decrypt(mail.body ?? '')) as MailBody;
    } catch {
      await this.repository.markFailed(mail.id, 'The body cannot be decrypted (was the server secret changed?)');
      this.logger.error({ mailId: mail.id }, 'Mail abandoned: unreadable body');
      return;
    }
    try {
      await this.mailer.send({ to: mail.recipient, subject: mail.subject, text: body.text, html: body.html });
      await this.repository.markSent(mail.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentMailError || mail.attempts >= this.options.maxAttempts) {
        await this.repository.markFailed(mail.id, message);
        this.logger.error({ mailId: mail.id, attempts: mail.attempts, error: message }, 'Mail abandoned');
      } else {
        await this.repository.scheduleRetry(mail.id, this.backoffMs(mail.attempts), message);
        this.logger.warn({ mailId: mail.id, attempts: mail.attempts, error: message }, 'Mail delivery failed; will retry');
      }
    }
  }

  private backoffMs(attempts: number): number {
    const exponential = Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), this.options.retryMaxMs);
    return Math.round(exponential * (0.8 + Math.random() * 0.4));
  }
}
