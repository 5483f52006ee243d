/** A message ready to send: always both a plain-text and an HTML part. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What the transport answered for one delivered message (the SMTP reply, e.g. `250 2.0.0 OK`). */
export interface MailReceipt {
  response: string;
}

/** Delivers one message now, or throws. The outbox worker calls it; request handlers never do. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<MailReceipt>;
}

export const MAILER = Symbol('MAILER');

/** A delivery failure that retrying cannot fix (the server refused the recipient or the message). */
export class PermanentMailError extends Error {}
