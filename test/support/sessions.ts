import { Database } from '../../src/infra/database';
import { SessionsService } from '../../src/modules/auth/sessions/sessions.service';
import { UserAccounts, type UserAccount } from '../../src/modules/users';
import type { ClientInfo } from '../../src/common/http/client-info';
import { makeAccount } from './account-factory';
import type { TestApp } from './test-app';

export interface SignedInUser {
  id: string;
  /** The session id, which is the device id. */
  sessionId: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

/**
 * A verified user with a live session, made directly through the services (the auth suites cover the
 * HTTP sign-up flow): fast enough for suites that need many users.
 */
export async function signedInUser(t: TestApp, name = 'user', options: { verified?: boolean } = {}): Promise<SignedInUser> {
  const account = await makeAccount(t, { name, verified: options.verified });
  const issued = await startSession(t, account, { ip: '127.0.0.1', userAgent: 'vitest', platform: 'test' });
  return { id: account.id, email: account.email, ...issued };
}

/** Another device of the same user: a second session, as if they signed in on `deviceName` too. */
export async function anotherDevice(t: TestApp, user: SignedInUser, deviceName = 'second device'): Promise<SignedInUser> {
  const account = await t.app.get(UserAccounts, { strict: false }).findById(user.id);
  if (!account) throw new Error('user not found');
  return { ...user, ...(await startSession(t, account, { ip: '127.0.0.1', userAgent: 'vitest', platform: 'test', deviceName })) };
}

async function startSession(t: TestApp, account: UserAccount, client: ClientInfo): Promise<Pick<SignedInUser, 'sessionId' | 'accessToken' | 'refreshToken'>> {
  const sessions = t.app.get(SessionsService, { strict: false });
  const issued = await t.app.get(Database, { strict: false }).transaction((tx) => sessions.start(tx, account, client));
  return { sessionId: issued.sessionId, accessToken: issued.accessToken, refreshToken: issued.refreshToken };
}

export const authHeader = (user: { accessToken: string }): [string, string] => ['Authorization', `Bearer ${user.accessToken}`];

/** Requests to `/api<path>` as `user` (Bearer token of that session). */
export function httpAs(t: TestApp, user: { accessToken: string }) {
  return {
    get: (path: string) => t.http.get(`/api${path}`).set(...authHeader(user)),
    post: (path: string, body: object = {}) => t.http.post(`/api${path}`).set(...authHeader(user)).send(body),
    put: (path: string, body: object = {}) => t.http.put(`/api${path}`).set(...authHeader(user)).send(body),
    patch: (path: string, body: object = {}) => t.http.patch(`/api${path}`).set(...authHeader(user)).send(body),
    delete: (path: string, body?: object) => {
      const req = t.http.delete(`/api${path}`).set(...authHeader(user));
      return body === undefined ? req : req.send(body);
    },
  };
}
