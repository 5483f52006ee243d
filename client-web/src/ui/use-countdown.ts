import { useEffect, useState } from 'react';

/** Seconds left from `seconds` (restarting whenever `key` changes, e.g. a new error), ticking down to 0. */
export function useCountdown(seconds: number | null, key: unknown): number {
  const [state, setState] = useState({ key, left: seconds ?? 0 });
  if (state.key !== key) setState({ key, left: seconds ?? 0 });
  useEffect(() => {
    if (!seconds) return;
    const startedAt = Date.now();
    const timer = setInterval(() => {
      const left = Math.max(0, seconds - Math.floor((Date.now() - startedAt) / 1000));
      setState((current) => (current.key === key ? { key, left } : current));
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, key]);
  return state.key === key ? state.left : (seconds ?? 0);
}
