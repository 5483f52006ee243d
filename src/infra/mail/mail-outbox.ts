import { Injectable } from '@nestjs/common';
import type { Tx } from '../database';
import type { OutgoingMail } from './mailer';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailOutboxWorker } from './mail-outbox.worker';
import { OutboxCipher } from './outbox-cipher';

/**
 * Queues mail in the caller's transaction: it is sent only if that transaction commits, by the worker,
 * after the HTTP response — a slow or broken SMTP server never delays or fails a request.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly repository: MailOutboxRepository,
    private readonly cipher: OutboxCipher,
    private readonly worker: MailOutboxWorker,
  ) {}

  /**
   * Queues the mail. With `unlessQueuedWithinSeconds`, a mail with the same recipient and subject queued that
   * recently suppresses this one (so nobody can flood an inbox); returns whether it was queued.
   */
  async enqueue(tx: Tx, mail: OutgoingMail, options: { unlessQueuedWithinSeconds?: number } = {}): Promise<boolean> {
    const window = options.unlessQueuedWithinSeconds;
    if (window !== undefined && (await this.repository.queuedWithin(tx, mail.to, mail.subject, window))) return false;
    const body = this.cipher.encrypt(JSON.stringify({ text: mail.text, html: mail.html }));
    await this.repository.insert(tx, { recipient: mail.to, subject: mail.subject, body });
    tx.afterCommit(() => this.worker.kick());
    return true;
  }
}
