import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { VersionedFrame } from '@contracts';

/** Anything the server versions (events, playlists): its version rises by exactly one per change. */
export interface Versioned {
  version: number;
}

/** What to do with a versioned frame: apply it (the next version), ignore it (already seen), or refetch (a gap). */
export function frameFit(current: Versioned | undefined, frame: VersionedFrame): 'apply' | 'stale' | 'gap' {
  if (!current) return 'gap';
  if (frame.version <= current.version) return 'stale';
  return frame.version === current.version + 1 ? 'apply' : 'gap';
}

/**
 * Applies one room frame to the cached resource under `key` when it is exactly the next version (the reducer
 * returns the new value; the frame's version is set on it); ignores an older frame; refetches on a gap.
 * Returns the value before and after when it applied the frame, for announcements.
 */
export function applyVersionedFrame<T extends Versioned>(
  queryClient: QueryClient,
  key: QueryKey,
  frame: VersionedFrame,
  reduce: (current: T) => T,
): { before: T; after: T } | null {
  const current = queryClient.getQueryData<T>(key);
  const fit = frameFit(current, frame);
  if (fit === 'gap') void queryClient.invalidateQueries({ queryKey: key });
  if (fit !== 'apply' || !current) return null;
  const after = { ...reduce(current), version: frame.version };
  queryClient.setQueryData(key, after);
  return { before: current, after };
}

/**
 * Resolves once `seen()` holds for the cached value under `key`, checked at each change of it (the frame of one's own change arrived, or a refetch
 * brought it). After `timeoutMs` without it, the resource is refetched and that refetch ends the wait. Writes that
 * carry `If-Match` wait for this, so the next write is based on a version that includes the previous one.
 */
export function waitForCached(queryClient: QueryClient, key: QueryKey, seen: () => boolean, timeoutMs = 3000): Promise<void> {
  if (seen()) return Promise.resolve();
  return new Promise((resolve) => {
    const hash = JSON.stringify(key);
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && JSON.stringify(event.query.queryKey) === hash && seen()) done();
    });
    const timer = setTimeout(() => {
      void queryClient.refetchQueries({ queryKey: key, exact: true }).finally(done);
    }, timeoutMs);
  });
}
