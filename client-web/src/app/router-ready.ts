import type { DataRouter } from 'react-router';

/** Resolves once the router has loaded the first screen's lazy routes, so a render shows that screen, not the fallback. */
export function routerReady(router: DataRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
