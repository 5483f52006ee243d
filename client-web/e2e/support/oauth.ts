import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { FakeOAuthUser, FakeProvider } from '../../../test/support/fake-oauth-server';

/** The fake Google + 42 provider of the suite (test/support/fake-oauth-server.ts), steered over HTTP. */
export const fakeOAuth = {
  /** Who consents at the next authorizations of `provider`. */
  async signInAs(provider: FakeProvider, user: FakeOAuthUser): Promise<void> {
    const response = await fetch(`${inject('oauthUrl')}/_control/${provider}/user`, { method: 'POST', body: JSON.stringify(user) });
    if (response.status !== 204) throw new Error(`fake OAuth control answered ${response.status}`);
  },
  /** The next authorization of `provider` is refused by the user (the provider returns `error=access_denied`). */
  async denyNext(provider: FakeProvider): Promise<void> {
    const response = await fetch(`${inject('oauthUrl')}/_control/${provider}/deny`, { method: 'POST' });
    if (response.status !== 204) throw new Error(`fake OAuth control answered ${response.status}`);
  },
};

/** A provider account nobody used yet in this run. */
export function newProviderUser(provider: FakeProvider, name: string): FakeOAuthUser {
  const id = randomUUID().slice(0, 8);
  return provider === 'google'
    ? { subject: `google-${id}`, email: `${name.toLowerCase()}-${id}@gmail.test`, emailVerified: true, name: `${name} ${id}` }
    : { subject: String(parseInt(id, 16)), email: `${name.toLowerCase()}-${id}@student.42.test`, name: `${name} ${id}` };
}
