import { Injectable } from '@nestjs/common';
import { Database, returningRows, selectList, type ColumnOf, type Row, type Tx } from '../database';
import { MailOutboxEntry } from './mail-outbox.entity';

const CLAIMED_COLUMNS = ['id', 'recipient', 'subject', 'body', 'attempts'] as const satisfies ReadonlyArray<ColumnOf<MailOutboxEntry>>;

export type ClaimedMail = Pick<Row<MailOutboxEntry>, (typeof CLAIMED_COLUMNS)[number]>;

const CLAIMED = selectList(MailOutboxEntry, undefined, CLAIMED_COLUMNS);

@Injectable()
export class MailOutboxRepository {
  constructor(private readonly db: Database) {}

  async insert(tx: Tx, mail: { recipient: string; subject: string; body: string }): Promise<string> {
    const rows = await tx.query<{ id: string }>(
      'INSERT INTO mail_outbox (recipient, subject, body) VALUES ($1, $2, $3) RETURNING id',
      [mail.recipient, mail.subject, mail.body],
    );
    return rows[0].id;
  }

  async queuedWithin(tx: Tx, recipient: string, subject: string, seconds: number): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM mail_outbox WHERE recipient = $1 AND subject = $2 AND created_at > now() - make_interval(secs => $3) LIMIT 1`,
      [recipient, subject, seconds],
    );
    return rows.length > 0;
  }

  /**
   * Takes due mail for this worker: the lease pushes next_attempt_at forward, so another instance skips it
   * while it is being sent, and a crashed sender's mail is retried once the lease runs out.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedMail[]> {
    return returningRows<ClaimedMail>(
      this.db,
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
       WHERE id IN (
         SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING ${CLAIMED}`,
      [limit, leaseMs],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), body = NULL, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  async scheduleRetry(id: string, delayMs: number, error: string): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000), last_error = $3
       WHERE id = $1`,
      [id, delayMs, error],
    );
  }

  /** Forgets mail that was sent or abandoned more than `days` ago. */
  async purgeFinished(days: number): Promise<void> {
    await this.db.query(
      `DELETE FROM mail_outbox WHERE status <> 'pending' AND created_at < now() - make_interval(days => $1)`,
      [days],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET status = 'failed', body = NULL, last_error = $2 WHERE id = $1`, [id, error]);
  }
}
