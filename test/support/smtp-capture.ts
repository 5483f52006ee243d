import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: number;
}

/**
 * A real SMTP server on a loopback port that keeps what it receives, parsed with mailparser. The app talks
 * to it through SMTP_URL exactly as it would to a production relay. `failNext(n, code)` rejects the next n
 * messages (451: temporary, 550: final), to exercise retries.
 */
export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  private server: SMTPServer | null = null;
  private failures = 0;
  private failureCode = 451;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens on `port` (a free one by default; pass the old port to come back where the app expects it). */
  async start(port = 0): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.failures > 0) {
          this.failures--;
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('Refused by the test server'), { responseCode: this.failureCode })));
          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push(toCaptured(parsed));
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Lets the process exit while it still listens (a benchmark's relay lives as long as the benchmark). */
  unref(): void {
    this.server?.server.unref();
  }

  failNext(count: number, responseCode = 451): void {
    this.failures = count;
    this.failureCode = responseCode;
  }

  to(address: string): CapturedMail[] {
    return this.mails.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** Waits for a mail to `address` (optionally matching `subject`) received after `since`. */
  async waitFor(address: string, options: { subject?: RegExp; since?: number; timeoutMs?: number } = {}): Promise<CapturedMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const found = this.to(address).find((m) => m.receivedAt >= (options.since ?? 0) && (!options.subject || options.subject.test(m.subject)));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No mail to ${address} matching ${String(options.subject)} arrived in time`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function toCaptured(parsed: ParsedMail): CapturedMail {
  const addresses = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value);
  return {
    to: addresses.map((a) => (a.address ?? '').toLowerCase()),
    from: parsed.from?.text ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    receivedAt: Date.now(),
  };
}

/** The `token` query parameter of the first link in a mail's text. */
export function tokenFromMail(mail: CapturedMail): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  const token = link ? new URL(link).searchParams.get('token') : null;
  if (!token) throw new Error(`No token link in mail "${mail.subject}"`);
  return token;
}
