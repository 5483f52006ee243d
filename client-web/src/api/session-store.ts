/**
 * The access token lives here, in memory only; the refresh token is an httpOnly cookie the page never sees.
 * A tiny external store (useSyncExternalStore) rather than server state: it is this tab's credentials.
 */
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
  /** Epoch ms when the access token expires. */
  expiresAt: number | null;
  userId: string | null;
  /** Shown on the sign-in screen after the server ended the session. */
  notice: string | null;
}

type Listener = () => void;

const HINT_KEY = 'musicroom.session';

/**
 * Whether this browser had a session: without one there is no refresh cookie to try, so a first visit makes no
 * request that can only fail. Holds no secret (the cookie is httpOnly); shared by the tabs.
 */
export function hadSession(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

function rememberSession(active: boolean): void {
  try {
    if (active) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage disabled: the app still works, it just tries the cookie on every load.
  }
}

const initial: SessionState = { status: 'unknown', accessToken: null, expiresAt: null, userId: null, notice: null };

export function createSessionStore(now: () => number = Date.now) {
  let state = initial;
  const listeners = new Set<Listener>();
  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: (): SessionState => state,
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn(session: { accessToken: string; expiresIn: number; user: { id: string } }): void {
      rememberSession(true);
      set({ status: 'signed-in', accessToken: session.accessToken, expiresAt: now() + session.expiresIn * 1000, userId: session.user.id, notice: null });
    },
    signOut(notice: string | null = null): void {
      rememberSession(false);
      set({ ...initial, status: 'signed-out', notice });
    },
    clearNotice(): void {
      if (state.notice) set({ ...state, notice: null });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export const sessionStore = createSessionStore();
