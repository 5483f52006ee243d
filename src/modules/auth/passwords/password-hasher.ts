import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id at the OWASP baseline (19 MiB, 2 passes): tens of milliseconds per hash, bounded memory. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when there is no real hash, so unknown emails cost the same time as known ones. */
  private readonly dummyHash = argon2.hash(randomBytes(32).toString('base64url'), OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
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
    return argon2.needsRehash(hash, OPTIONS);
  }
}
