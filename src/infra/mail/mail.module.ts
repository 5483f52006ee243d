import { DynamicModule, Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DevMailsController } from './dev-mails.controller';
import { DevOutboxMailer } from './dev-outbox-mailer';
import { MAILER, type Mailer } from './mailer';
import { MailOutbox } from './mail-outbox';
import { MailOutboxRepository } from './mail-outbox.repository';
import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_WORKER_OPTIONS, MailOutboxWorker, type MailWorkerOptions } from './mail-outbox.worker';
import { OutboxCipher } from './outbox-cipher';
import { SmtpMailer } from './smtp-mailer';

/** The transport the configuration asks for: SMTP, or the log (with the dev outbox outside production). */
export function createMailer(mail: AppConfig['mail']): Mailer {
  return mail.transport === 'smtp' && mail.smtpUrl ? new SmtpMailer(mail.smtpUrl, mail.from) : new DevOutboxMailer();
}

class MailerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.transport !== 'log') return;
    new Logger('Mail').warn('MAIL_TRANSPORT=log: mails are not sent, each one is logged with its links. Set SMTP_URL to send them.');
  }

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}

export interface MailModuleOptions {
  worker?: Partial<MailWorkerOptions>;
}

/** Mail: SMTP when SMTP_URL is set, the log (and the dev outbox) otherwise; always through the database queue. */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig, options: MailModuleOptions = {}): DynamicModule {
    return {
      module: MailModule,
      controllers: config.mail.transport === 'dev-outbox' ? [DevMailsController] : [],
      providers: [
        { provide: MAILER, useFactory: (): Mailer => createMailer(config.mail) },
        { provide: MAIL_WORKER_OPTIONS, useValue: { ...DEFAULT_MAIL_WORKER_OPTIONS, ...options.worker } },
        { provide: OutboxCipher, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new OutboxCipher(c.jwt.secret) },
        MailOutboxRepository,
        MailOutboxWorker,
        MailOutbox,
        MailerLifecycle,
      ],
      exports: [MailOutbox, MailOutboxWorker, MAILER],
    };
  }
}
