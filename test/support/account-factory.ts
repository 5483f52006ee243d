import { PasswordHasher } from '../../src/modules/auth/passwords/password-hasher';
import { UserAccounts, type UserAccount } from '../../src/modules/users';
import { STRONG_PASSWORD, uniqueEmail } from './auth-client';
import type { TestApp } from './test-app';

/** A verified account written straight to the database (no mail, no rate limit), for tests about something else. */
export async function makeVerifiedAccount(t: TestApp, options: { email?: string; password?: string } = {}): Promise<UserAccount & { password: string }> {
  const password = options.password ?? STRONG_PASSWORD;
  const passwordHash = await t.app.get(PasswordHasher).hash(password);
  const account = await t.app.get(UserAccounts).create({ email: options.email ?? uniqueEmail('made'), displayName: 'Made', passwordHash, emailVerified: true });
  if (!account) throw new Error('email already taken');
  return { ...account, password };
}
