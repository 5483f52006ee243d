import { Logger } from '@nestjs/common';
import type { Mailer, OutgoingMail } from './mailer';

export interface DevMail extends OutgoingMail {
  sentAt: Date;
}

/**
 * Used when SMTP_URL is unset: keeps the last messages in memory (readable at GET /api/dev/mails outside
 * production) and logs them. In production it logs only the recipient and subject, never the body, which
 * holds one-time links.
 */
export class DevOutboxMailer implements Mailer {
  static readonly CAPACITY = 50;
  private readonly logger = new Logger('DevOutbox');
  private readonly mails: DevMail[] = [];

  constructor(private readonly logBodies: boolean) {}

  send(mail: OutgoingMail): Promise<void> {
    this.mails.push({ ...mail, sentAt: new Date() });
    if (this.mails.length > DevOutboxMailer.CAPACITY) this.mails.shift();
    if (this.logBodies) {
      this.logger.log({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, 'Mail kept in the dev outbox (SMTP_URL is not set)');
    } else {
      this.logger.warn({ mail: { to: mail.to, subject: mail.subject } }, 'SMTP_URL is not set: mail not delivered');
    }
    return Promise.resolve();
  }

  /** Newest first. */
  list(): DevMail[] {
    return [...this.mails].reverse();
  }
}
