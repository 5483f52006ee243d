import { useEffect, useSyncExternalStore } from 'react';
import { refreshSession, type Session } from '../api/client';
import { hadSession, sessionStore, type SessionState } from '../api/session-store';
import { queryClient } from '../app/query-client';
import { meKeys } from './keys';

export function useSession(): SessionState {
  // The same snapshot for hydrating a prerendered screen: the store starts 'unknown' in the browser and at build.
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

/**
 * A session from sign-in, verification, OAuth or refresh: keep its token and seed the user, then refetch it:
 * only GET /users/me carries the features and billing parts.
 */
export function startSession(session: Session): void {
  sessionStore.signIn(session);
  queryClient.setQueryData(meKeys.me, session.user);
  void queryClient.invalidateQueries({ queryKey: meKeys.me });
}

/** Forget this tab's credentials and every cached answer (they belong to the previous user). */
export function endSession(notice: string | null = null): void {
  sessionStore.signOut(notice);
  queryClient.clear();
}

/** Refresh a minute before the access token expires (at least 10 s from now). */
export function refreshDelay(expiresAt: number, now: number): number {
  return Math.max(10_000, expiresAt - now - 60_000);
}

/**
 * Keeps the session alive: restores it from the refresh cookie on load, then refreshes ahead of expiry.
 * Returns the boot error (e.g. offline) so the shell can say so instead of showing a sign-in form.
 */
export function useSessionKeeper(onBootError: (error: unknown) => void): void {
  const { status, expiresAt } = useSession();
  useEffect(() => {
    if (status !== 'unknown') return;
    if (!hadSession()) {
      sessionStore.signOut();
      return;
    }
    refreshSession().then((session) => session && startSession(session), onBootError);
  }, [status, onBootError]);
  useEffect(() => {
    if (status !== 'signed-in' || expiresAt === null) return;
    const timer = setTimeout(() => {
      refreshSession().catch(() => undefined);
    }, refreshDelay(expiresAt, Date.now()));
    return () => clearTimeout(timer);
  }, [status, expiresAt]);
}
