import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SmtpCapture } from '../support/smtp-capture';
import { baseEnv, freePort, startApp } from './support/app-process';

/**
 * SMTP down: sign-up answers at once (mail is queued, no request waits on SMTP), the outbox retries with
 * backoff, and the mail is delivered once SMTP returns on the same address.
 */
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A relay that accepts the TCP connection and then says nothing: the worst kind of outage for a caller that waits. */
async function blackhole(port: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('SMTP down', () => {
  it('queues the mail without making the request wait, and delivers it when SMTP returns', async () => {
    const port = await freePort();
    const hole = await blackhole(port);
    cleanups.push(() => hole.close());
    const app = await startApp({ ...baseEnv(), SMTP_URL: `smtp://127.0.0.1:${port}` });
    cleanups.push(() => app.kill('SIGKILL'));

    const email = `outage.${Date.now()}@example.test`;
    const started = Date.now();
    const res = await fetch(`${app.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery staple', displayName: 'Outage' }),
      signal: AbortSignal.timeout(20_000),
    });
    // A request that waited on the relay would hang for the SMTP greeting timeout (tens of seconds).
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(10_000);

    await hole.close();
    const smtp = new SmtpCapture();
    await smtp.start(port);
    cleanups.push(() => smtp.stop());
    const mail = await smtp.waitFor(email, { subject: /confirm your email/i, timeoutMs: 90_000 });
    expect(mail.text).toContain('token=');
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});
