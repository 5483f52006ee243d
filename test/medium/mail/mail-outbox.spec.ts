import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { MailOutbox, MailOutboxWorker, SmtpMailer, DEFAULT_MAIL_WORKER_OPTIONS, type Mailer } from '../../../src/infra/mail';
import { MailOutboxRepository } from '../../../src/infra/mail/mail-outbox.repository';
import { OutboxCipher } from '../../../src/infra/mail/outbox-cipher';
import { SmtpCapture } from '../../support/smtp-capture';
import { databaseKind, openTestDatabase } from '../../support/test-database';

const FAST = { ...DEFAULT_MAIL_WORKER_OPTIONS, pollIntervalMs: 0, retryBaseMs: 250, retryMaxMs: 500, maxAttempts: 3 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface OutboxRow {
  status: string;
  attempts: number;
  body: string | null;
  last_error: string | null;
}

describe(`mail outbox (${databaseKind()})`, () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  const smtp = new SmtpCapture();
  const cipher = new OutboxCipher('a-test-secret-that-is-long-enough-0123456789');
  const workers: MailOutboxWorker[] = [];
  let subjects = 0;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await smtp.start();
    opened = await openTestDatabase();
    db = new Database(opened.dataSource);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.onModuleDestroy()));
  });
  afterAll(async () => {
    await opened?.drop();
    await smtp.stop();
  });

  /** A worker that is not polling (kicks are ignored once stopped), driven by drain() in the tests. */
  const setUp = async (mailer: Mailer = new SmtpMailer(smtp.url, 'MusicRoom <no-reply@musicroom.test>')) => {
    const repository = new MailOutboxRepository(db);
    const worker = new MailOutboxWorker(repository, cipher, mailer, FAST);
    await worker.onModuleDestroy();
    workers.push(worker);
    return { worker, outbox: new MailOutbox(repository, cipher, worker) };
  };
  const mail = (secret = 'https://musicroom.test/verify-email?token=SECRET-TOKEN') => ({
    to: 'reader@example.test',
    subject: `Subject ${++subjects}`,
    text: `Hello, follow ${secret}`,
    html: `<p>Hello, <a href="${secret}">follow</a></p>`,
  });
  const rowOf = async (subject: string) => (await db.query<OutboxRow>('SELECT status, attempts, body, last_error FROM mail_outbox WHERE subject = $1', [subject]))[0];
  const drainUntil = async (worker: MailOutboxWorker, subject: string, status: string) => {
    for (let i = 0; i < 200; i++) {
      await worker.drain();
      if ((await rowOf(subject))?.status === status) return;
      await sleep(50);
    }
    throw new Error(`mail "${subject}" never became ${status}`);
  };

  it('sends mail once its transaction commits, with text and HTML parts, and never a rolled-back one', async () => {
    const { worker, outbox } = await setUp();
    const kept = mail();
    const dropped = mail();
    await db.transaction((tx) => outbox.enqueue(tx, kept));
    await expect(
      db.transaction(async (tx) => {
        await outbox.enqueue(tx, dropped);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await worker.drain();

    const received = smtp.mails.filter((m) => m.subject === kept.subject);
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['reader@example.test']);
    expect(received[0].from).toMatch(/MusicRoom.*<no-reply@musicroom\.test>/);
    expect(received[0].text).toContain('token=SECRET-TOKEN');
    expect(received[0].html).toContain('href="https://musicroom.test/verify-email?token=SECRET-TOKEN"');
    expect(smtp.mails.some((m) => m.subject === dropped.subject)).toBe(false);
    expect(await rowOf(dropped.subject)).toBeUndefined();
  });

  it('keeps bodies encrypted at rest and forgets them once sent', async () => {
    const { worker, outbox } = await setUp();
    const m = mail();
    await db.transaction((tx) => outbox.enqueue(tx, m));
    const pending = await rowOf(m.subject);
    expect(pending.status).toBe('pending');
    expect(pending.body).not.toContain('SECRET-TOKEN');
    expect(pending.body).toMatch(/^v1\./);
    await worker.drain();
    expect(await rowOf(m.subject)).toMatchObject({ status: 'sent', body: null, attempts: 1 });
  });

  it('retries a temporary SMTP failure with backoff, then delivers', async () => {
    const { worker, outbox } = await setUp();
    const m = mail();
    smtp.failNext(2, 451);
    await db.transaction((tx) => outbox.enqueue(tx, m));
    await worker.drain();
    const afterFirst = await rowOf(m.subject);
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1 });
    expect(afterFirst.last_error).toMatch(/451|Refused/);
    await drainUntil(worker, m.subject, 'sent');
    expect(await rowOf(m.subject)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(smtp.mails.filter((x) => x.subject === m.subject)).toHaveLength(1);
  });

  it('gives up after the last attempt', async () => {
    const { worker, outbox } = await setUp();
    const m = mail();
    smtp.failNext(10, 451);
    await db.transaction((tx) => outbox.enqueue(tx, m));
    await drainUntil(worker, m.subject, 'failed');
    expect(await rowOf(m.subject)).toMatchObject({ status: 'failed', attempts: 3, body: null });
    smtp.failNext(0);
  });

  it('does not retry a permanent (5xx) rejection', async () => {
    const { worker, outbox } = await setUp();
    const m = mail();
    smtp.failNext(1, 550);
    await db.transaction((tx) => outbox.enqueue(tx, m));
    await worker.drain();
    expect(await rowOf(m.subject)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('queues instantly and keeps the mail pending while the SMTP server is down', async () => {
    const { worker, outbox } = await setUp(new SmtpMailer('smtp://127.0.0.1:1', 'x@musicroom.test'));
    const m = mail();
    const started = Date.now();
    await db.transaction((tx) => outbox.enqueue(tx, m));
    expect(Date.now() - started).toBeLessThan(1_000);
    await worker.drain();
    const row = await rowOf(m.subject);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.last_error).toBeTruthy();
  });

  it('never sends one mail twice, even with two workers draining at once', async () => {
    const [{ worker: a, outbox }, { worker: b }] = await Promise.all([setUp(), setUp()]);
    const batch = Array.from({ length: 12 }, () => mail());
    await db.transaction(async (tx) => {
      for (const m of batch) await outbox.enqueue(tx, m);
    });
    await Promise.all([a.drain(), b.drain()]);
    for (const m of batch) expect(smtp.mails.filter((x) => x.subject === m.subject)).toHaveLength(1);
  });

  it('suppresses a repeat to the same recipient and subject within the window', async () => {
    const { outbox } = await setUp();
    const m = mail();
    const first = await db.transaction((tx) => outbox.enqueue(tx, m, { unlessQueuedWithinSeconds: 60 }));
    const second = await db.transaction((tx) => outbox.enqueue(tx, m, { unlessQueuedWithinSeconds: 60 }));
    expect([first, second]).toEqual([true, false]);
    expect(await db.query('SELECT 1 FROM mail_outbox WHERE subject = $1', [m.subject])).toHaveLength(1);
  });
});
