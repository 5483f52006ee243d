import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError } from './config-validation-error';

export const MIN_JWT_SECRET_LENGTH = 32;
const KNOWN_PLACEHOLDERS = new Set(['changeme', 'change-me', 'secret', 'jwt-secret', 'replace-me-with-a-long-random-string']);

/**
 * Production must bring its own strong secret. Elsewhere a random one is generated once and kept under the
 * data dir so sessions survive restarts (tests get a fresh in-memory one).
 */
export interface JwtSecretSource {
  JWT_SECRET: string | undefined;
  NODE_ENV: string;
  DATA_DIR: string;
  DATABASE_EMBEDDED: string;
}

export function resolveJwtSecret(v: JwtSecretSource): string {
  const given = v.JWT_SECRET;
  if (given !== undefined) {
    if (given.length < MIN_JWT_SECRET_LENGTH || KNOWN_PLACEHOLDERS.has(given.toLowerCase())) {
      throw new ConfigValidationError({
        JWT_SECRET: `must be a random string of at least ${MIN_JWT_SECRET_LENGTH} characters (e.g. openssl rand -base64 48)`,
      });
    }
    return given;
  }
  if (v.NODE_ENV === 'production') {
    throw new ConfigValidationError({ JWT_SECRET: 'is required in production (e.g. openssl rand -base64 48)' });
  }
  if (v.NODE_ENV === 'test' || v.DATABASE_EMBEDDED === 'memory') return randomBytes(48).toString('base64url');
  return readOrCreateDevSecret(v.DATA_DIR);
}

function readOrCreateDevSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= MIN_JWT_SECRET_LENGTH) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
