import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Database } from '../../infra/database';
import { LOGIN_WINDOW_SECONDS } from './rate-limits/login-brake';
import { LoginAttemptsRepository } from './rate-limits/login-attempts.repository';
import { SessionsRepository } from './sessions/sessions.repository';
import { AuthTokensRepository } from './tokens/auth-tokens.repository';

const EVERY_MS = 3_600_000;
const KEEP_DAYS = 7;

/** Deletes what can no longer be used (expired tokens, long-ended sessions, old login counters), hourly. */
@Injectable()
export class AuthHousekeeping implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuthHousekeeping.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly tokens: AuthTokensRepository,
    private readonly sessions: SessionsRepository,
    private readonly attempts: LoginAttemptsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.run()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'Auth housekeeping failed'))
        .finally(() => (this.running = null));
    }, EVERY_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async run(): Promise<void> {
    await this.tokens.deleteStale(this.db, KEEP_DAYS * 86_400);
    await this.sessions.deleteEnded(this.db, KEEP_DAYS);
    await this.attempts.deleteExpired(this.db, LOGIN_WINDOW_SECONDS);
  }
}
