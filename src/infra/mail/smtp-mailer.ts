import type { Transporter } from 'nodemailer';
import { loadOnDemand } from '../../common/load-on-demand';
import type { Mailer, MailReceipt, OutgoingMail } from './mailer';
import { PermanentMailError } from './mailer';

interface SmtpError {
  responseCode?: number;
}

/** Sends through the SMTP server of SMTP_URL (smtp:// or smtps://, credentials in the URL), from MAIL_FROM. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const { createTransport } = loadOnDemand('nodemailer') as typeof import('nodemailer');
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(mail: OutgoingMail): Promise<MailReceipt> {
    try {
      const info = (await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })) as {
        response?: string;
      };
      return { response: info.response ?? 'accepted' };
    } catch (error) {
      const code = (error as SmtpError).responseCode;
      // 5xx replies are final (unknown mailbox, rejected content); anything else may work next time.
      if (typeof code === 'number' && code >= 500) throw new PermanentMailError(`SMTP ${code}: ${(error as Error).message}`);
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}
