import { Logger } from '@nestjs/common';
import type { Mailer, MailReceipt, OutgoingMail } from './mailer';

export interface DevMail extends OutgoingMail {
  sentAt: Date;
}

const LINK = /https?:\/\/[^\s<>"')]+/g;

/**
 * Used when mail is not sent over SMTP: outside production when SMTP_URL is unset, and with MAIL_TRANSPORT=log.
 * Logs every mail with its links, so an operator can hand a verification or reset link over, and keeps the last
 * messages in memory (readable at GET /api/dev/mails outside production).
 */
export class DevOutboxMailer implements Mailer {
  static readonly CAPACITY = 50;
  private readonly logger = new Logger('MailLog');
  private readonly mails: DevMail[] = [];

  send(mail: OutgoingMail): Promise<MailReceipt> {
    this.mails.push({ ...mail, sentAt: new Date() });
    if (this.mails.length > DevOutboxMailer.CAPACITY) this.mails.shift();
    const links = mail.text.match(LINK) ?? [];
    this.logger.log({ mail: { to: mail.to, subject: mail.subject, links } }, `Mail to ${mail.to} logged, not sent: ${mail.subject}`);
    return Promise.resolve({ response: 'logged (not sent: no SMTP transport)' });
  }

  /** Newest first. */
  list(): DevMail[] {
    return [...this.mails].reverse();
  }
}
