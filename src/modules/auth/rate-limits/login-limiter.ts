import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { Database } from '../../../infra/database';
import { normalizeEmail } from '../../users';
import { LoginAttemptsRepository } from './login-attempts.repository';
import { LOGIN_WINDOW_SECONDS, loginVerdict, type LoginRule } from './login-brake';

export interface LoginAttempt {
  accountKey: string;
  pairKey: string | null;
  ipKey: string | null;
}

/**
 * Brute-force brake on password checks that hands nobody a lockout button (security finding 6). Three
 * counters over 15 minutes:
 * - (account, IP), LOGIN_MAX_FAILURES_PER_ACCOUNT_IP [5]: then progressive delays (30 s, 1 min, 2 min … 15 min)
 *   for that IP on that account only, so an attacker slows himself down, never the owner elsewhere;
 * - the account from every IP, LOGIN_MAX_FAILURES [100]: much higher, against guessing spread over many IPs,
 *   also with progressive delays rather than a wall;
 * - the IP on every account, LOGIN_MAX_FAILURES_PER_IP [100]: a wall until the window ends.
 * Counters live in the database (shared by every instance, untouched by a Redis outage). An attempt is
 * counted *before* the password is checked, under row locks, so parallel guesses cannot slip past; a refused
 * attempt checks no password and counts nothing; a success gives its attempt back. The account key is the
 * normalized email, known or not, so the brake reveals nothing about which emails have accounts.
 */
@Injectable()
export class LoginLimiter {
  private readonly rules: { account: LoginRule; pair: LoginRule; ip: LoginRule };

  constructor(
    private readonly db: Database,
    private readonly attempts: LoginAttemptsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const limits = config.limits;
    this.rules = {
      account: { threshold: limits.loginMaxFailures, brake: 'delay' },
      pair: { threshold: limits.loginMaxFailuresPerAccountIp, brake: 'delay' },
      ip: { threshold: limits.loginMaxFailuresPerIp, brake: 'wall' },
    };
  }

  /** Counts the attempt; throws RATE_LIMITED (with Retry-After) when a counter says wait. */
  async begin(email: string, ip: string | null): Promise<LoginAttempt> {
    const account = accountHash(email);
    const attempt: LoginAttempt = { accountKey: `account:${account}`, pairKey: ip ? `pair:${account}:${ip}` : null, ipKey: ip ? `ip:${ip}` : null };
    const checks = this.checks(attempt);
    if (checks.length === 0) return attempt;
    const retryAfter = await this.db.transaction(async (tx) => {
      const { counters, now } = await this.attempts.lock(
        tx,
        checks.map((c) => c.key),
      );
      const waits = checks.map((c) => loginVerdict(counters.get(c.key), c.rule, now)).flatMap((v) => (v.allowed ? [] : [v.retryAfterSeconds]));
      if (waits.length > 0) return Math.max(...waits);
      await this.attempts.count(
        tx,
        checks.map((c) => c.key),
        LOGIN_WINDOW_SECONDS,
      );
      return 0;
    });
    if (retryAfter > 0) {
      throw DomainError.rateLimited(`Too many sign-in attempts. Try again in ${retryAfter} seconds.`, retryAfter);
    }
    return attempt;
  }

  /** The password was right: the account starts afresh (from that IP too), and the IP gets its attempt back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.attempts.clear(this.db, attempt.accountKey);
    if (attempt.pairKey) await this.attempts.clear(this.db, attempt.pairKey);
    if (attempt.ipKey) await this.attempts.giveBack(this.db, attempt.ipKey);
  }

  /** After a password reset the owner has proven who they are: lift every brake on the account. */
  async reset(email: string): Promise<void> {
    const account = accountHash(email);
    await this.attempts.clear(this.db, `account:${account}`);
    await this.attempts.clearPrefix(this.db, `pair:${account}:`);
  }

  private checks(attempt: LoginAttempt): Array<{ key: string; rule: LoginRule }> {
    const all = [
      { key: attempt.accountKey, rule: this.rules.account },
      ...(attempt.pairKey ? [{ key: attempt.pairKey, rule: this.rules.pair }] : []),
      ...(attempt.ipKey ? [{ key: attempt.ipKey, rule: this.rules.ip }] : []),
    ];
    return all.filter((c) => c.rule.threshold > 0);
  }
}

const accountHash = (email: string): string => createHash('sha256').update(normalizeEmail(email)).digest('hex');
