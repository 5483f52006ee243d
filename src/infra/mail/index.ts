export { MailModule, createMailer, type MailModuleOptions } from './mail.module';
export { MailOutbox } from './mail-outbox';
export { MailOutboxWorker, DEFAULT_MAIL_WORKER_OPTIONS, type MailWorkerOptions } from './mail-outbox.worker';
export { MailOutboxEntry } from './mail-outbox.entity';
export { MAILER, PermanentMailError, type Mailer, type MailReceipt, type OutgoingMail } from './mailer';
export { DevOutboxMailer, type DevMail } from './dev-outbox-mailer';
export { SmtpMailer } from './smtp-mailer';
export { escapeHtml } from './escape-html';
