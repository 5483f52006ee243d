import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { Database } from '../../../infra/database';
import { normalizeEmail } from '../../users';
import { LoginAttemptsRepository } from './login-attempts.repository';

export const LOGIN_WINDOW_SECONDS = 15 * 60;

export interface LoginAttempt {
  accountKey: string;
  ipKey: string | null;
}

/**
 * Brute-force brake on password checks, per account (LOGIN_MAX_FAILURES) and per IP (LOGIN_MAX_FAILURES_PER_IP)
 * over 15 minutes. Counters live in the database so every instance shares them with or without Redis, and a
 * Redis outage cannot switch the brake off; the cost is a few row writes next to a ~40 ms argon2 hash.
 * Each attempt is counted *before* the password is checked, so parallel guesses cannot slip past the limit;
 * a success gives its attempt back. The account key is the normalized email, known or not, so the lock
 * itself reveals nothing about which emails have accounts.
 */
@Injectable()
export class LoginLimiter {
  private readonly maxPerAccount: number;
  private readonly maxPerIp: number;

  constructor(
    private readonly db: Database,
    private readonly attempts: LoginAttemptsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxPerAccount = config.limits.loginMaxFailures;
    this.maxPerIp = config.limits.loginMaxFailuresPerIp;
  }

  /** Counts the attempt; throws RATE_LIMITED (with Retry-After) when the account or the IP is over its limit. */
  async begin(email: string, ip: string | null): Promise<LoginAttempt> {
    const attempt: LoginAttempt = { accountKey: accountKey(email), ipKey: ip ? `ip:${ip}` : null };
    const keys = [
      ...(this.maxPerAccount > 0 ? [attempt.accountKey] : []),
      ...(this.maxPerIp > 0 && attempt.ipKey ? [attempt.ipKey] : []),
    ];
    const counts = await this.attempts.hit(this.db, keys, LOGIN_WINDOW_SECONDS);
    const over = counts.filter((c) => c.attempts > (c.key === attempt.accountKey ? this.maxPerAccount : this.maxPerIp));
    if (over.length > 0) {
      const retryAfter = Math.max(...over.map((c) => c.retryAfterSeconds));
      throw DomainError.rateLimited(`Too many sign-in attempts. Try again in ${retryAfter} seconds.`, retryAfter);
    }
    return attempt;
  }

  /** The password was right: the account starts afresh and the IP gets its attempt back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (this.maxPerAccount > 0) await this.attempts.clear(this.db, attempt.accountKey);
    if (this.maxPerIp > 0 && attempt.ipKey) await this.attempts.giveBack(this.db, attempt.ipKey);
  }

  /** After a password reset the owner has proven who they are: lift the account's lock. */
  async reset(email: string): Promise<void> {
    await this.attempts.clear(this.db, accountKey(email));
  }
}

const accountKey = (email: string): string => `account:${createHash('sha256').update(normalizeEmail(email)).digest('hex')}`;
