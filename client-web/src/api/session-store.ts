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
      set({ status: 'signed-in', accessToken: session.accessToken, expiresAt: now() + session.expiresIn * 1000, userId: session.user.id, notice: null });
    },
    signOut(notice: string | null = null): void {
      set({ ...initial, status: 'signed-out', notice });
    },
    clearNotice(): void {
      if (state.notice) set({ ...state, notice: null });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export const sessionStore = createSessionStore();
