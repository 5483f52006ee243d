import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** After a client-side navigation, move focus to the new screen's h1 so keyboard and screen-reader users start there. */
export function RouteFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return null;
}
