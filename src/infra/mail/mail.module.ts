import { DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DevMailsController } from './dev-mails.controller';
import { DevOutboxMailer } from './dev-outbox-mailer';
import { MAILER, type Mailer } from './mailer';
import { MailOutbox } from './mail-outbox';
import { MailOutboxRepository } from './mail-outbox.repository';
import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_WORKER_OPTIONS, MailOutboxWorker, type MailWorkerOptions } from './mail-outbox.worker';
import { OutboxCipher } from './outbox-cipher';
import { SmtpMailer } from './smtp-mailer';

class MailerCloser implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}

export interface MailModuleOptions {
  worker?: Partial<MailWorkerOptions>;
}

/** Mail: SMTP when SMTP_URL is set, the dev outbox otherwise; always through the database queue. */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig, options: MailModuleOptions = {}): DynamicModule {
    const usesDevOutbox = config.mail.smtpUrl === null;
    return {
      module: MailModule,
      controllers: usesDevOutbox && !config.isProduction ? [DevMailsController] : [],
      providers: [
        {
          provide: MAILER,
          useFactory: (): Mailer =>
            config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : new DevOutboxMailer(!config.isProduction),
        },
        { provide: MAIL_WORKER_OPTIONS, useValue: { ...DEFAULT_MAIL_WORKER_OPTIONS, ...options.worker } },
        { provide: OutboxCipher, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new OutboxCipher(c.jwt.secret) },
        MailOutboxRepository,
        MailOutboxWorker,
        MailOutbox,
        MailerCloser,
      ],
      exports: [MailOutbox, MailOutboxWorker, MAILER],
    };
  }
}
