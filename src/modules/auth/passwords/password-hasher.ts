import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { APP_CONFIG, type AppConfig } from '../../../config';

type HashOptions = { type: typeof argon2.argon2id; memoryCost: number; timeCost: number; parallelism: number };

const COSTS: Record<AppConfig['passwordHashCost'], HashOptions> = {
  /** argon2id at the OWASP baseline (19 MiB, 2 passes): tens of milliseconds per hash, bounded memory. */
  standard: { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  /** The smallest argon2id parameters (1 MiB, 1 pass): test suites hash thousands of passwords. */
  test: { type: argon2.argon2id, memoryCost: 1_024, timeCost: 1, parallelism: 1 },
};

@Injectable()
export class PasswordHasher {
  private readonly options: HashOptions;
  /** Verified against when there is no real hash, so unknown emails cost the same time as known ones. */
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'passwordHashCost'>) {
    this.options = COSTS[config.passwordHashCost];
    this.dummyHash = argon2.hash(randomBytes(32).toString('base64url'), this.options);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  /** Constant-time comparison (argon2 does it); always does one full hash even without an account. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.dummyHash);
    try {
      const matches = await argon2.verify(target, password);
      return matches && hash !== null;
    } catch {
      return false;
    }
  }

  /** True when the stored hash uses weaker parameters than today's and should be replaced. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, this.options);
  }
}
