import { SmtpCapture, tokenFromMail } from '../../test/support/smtp-capture';

/**
 * The SMTP relay of every server a benchmark starts: the servers run as production does (NODE_ENV=production),
 * which sends mail over SMTP and has no dev outbox, so verification links are read here.
 */
class Mailbox {
  private capture: Promise<SmtpCapture> | null = null;

  /** SMTP_URL for a server; the relay listens from the first call until the benchmark exits. */
  async url(): Promise<string> {
    this.capture ??= (async () => {
      const capture = new SmtpCapture();
      await capture.start();
      capture.unref();
      return capture;
    })();
    return (await this.capture).url;
  }

  /** The token of the verification mail sent to `email`. */
  async verificationToken(email: string): Promise<string> {
    if (!this.capture) throw new Error('no server was started with the bench mailbox');
    const capture = await this.capture;
    return tokenFromMail(await capture.waitFor(email, { subject: /confirm your email/i, timeoutMs: 30_000 }));
  }
}

export const mailbox = new Mailbox();
