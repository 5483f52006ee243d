import { randomUUID } from 'node:crypto';
import { PasswordHasher } from '../../src/modules/auth/passwords/password-hasher';
import { UserAccounts, type UserAccount } from '../../src/modules/users';
import type { TestApp } from './test-app';

export interface AccountOptions<P extends string | undefined> {
  /** Display name, and the start of the generated email. */
  name?: string;
  email?: string;
  /** Verified by default. */
  verified?: boolean;
  /** Without one, the account has no password (OAuth-only): tests about signing in with a password pass one. */
  password?: P;
}

/**
 * The one factory of users in tests: an account written straight through UserAccounts (no mail, no rate limit),
 * for tests about something else (the auth suites cover the HTTP sign-up flow). Cheap unless given a password.
 */
export async function makeAccount<P extends string | undefined = undefined>(t: TestApp, options: AccountOptions<P> = {}): Promise<UserAccount & { password: P }> {
  const name = options.name ?? 'user';
  const email = options.email ?? `${name}-${randomUUID().slice(0, 8)}@example.test`;
  const passwordHash = options.password === undefined ? null : await t.app.get(PasswordHasher, { strict: false }).hash(options.password);
  const account = await t.app.get(UserAccounts, { strict: false }).create({ email, displayName: name, passwordHash, emailVerified: options.verified ?? true });
  if (!account) throw new Error(`${email} is already taken`);
  return { ...account, password: options.password as P };
}
