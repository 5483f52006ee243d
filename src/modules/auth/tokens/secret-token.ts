import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret handed to a client (mail link, refresh token, one-time code) and its stored form. */
export interface SecretToken {
  token: string;
  hash: string;
}

/**
 * 32 random bytes. Stored as SHA-256 only: with this much entropy a fast hash is enough, and a leaked table
 * yields no usable token.
 */
export function newSecretToken(): SecretToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export const hashSecretToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
