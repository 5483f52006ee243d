import { useEffect, useRef } from 'react';

/** Runs `action` once per mounted screen, even under StrictMode's double effects: mail tokens and OAuth codes are single-use. */
export function useOnce(action: () => void): void {
  const done = useRef(false);
  const latest = useRef(action);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    latest.current();
  }, []);
}
