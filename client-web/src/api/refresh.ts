import type { components } from './schema';
import { networkError, toApiError } from './errors';
import type { SessionStore } from './session-store';

export type Session = components['schemas']['SessionDto'];

export interface RefresherDeps {
  store: SessionStore;
  /** POST /api/auth/refresh with the cookie; the raw Response. */
  post: () => Promise<Response>;
  /** Runs `task` while holding a lock shared by this site's tabs (Web Locks), so two tabs never spend one refresh token. */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
  onSession?: (session: Session) => void;
}

const SESSION_OVER = 'Your session has ended. Please sign in again.';

/**
 * Single-flight refresh through the web refresh cookie. Concurrent callers share one request: the server rotates
 * refresh tokens and treats a reused one as theft, so two parallel refreshes would end the session.
 * Resolves to the new session, or null when there is none (the store is then signed out); throws on other failures.
 */
export function createRefresher({ store, post, withLock = (task) => task(), onSession }: RefresherDeps) {
  let inflight: Promise<Session | null> | null = null;

  async function run(): Promise<Session | null> {
    const before = store.get();
    const wasSignedIn = before.status === 'signed-in';
    let response: Response;
    try {
      response = await post();
    } catch (cause) {
      throw networkError(cause);
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const session = body as Session;
      store.signIn(session);
      onSession?.(session);
      return session;
    }
    if (response.status === 401) {
      // A sign-in that finished meanwhile (verification link, OAuth return) wins over a refresh that found no cookie.
      if (store.get().accessToken === before.accessToken) store.signOut(wasSignedIn ? SESSION_OVER : null);
      return null;
    }
    throw toApiError(response, body);
  }

  return function refresh(): Promise<Session | null> {
    inflight ??= withLock(run).finally(() => {
      inflight = null;
    });
    return inflight;
  };
}

/** Web Locks when the browser has them (all current ones do); a plain call otherwise. */
export function tabLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | null | undefined);
  return locks ? locks.request('musicroom-refresh', task) : task();
}
