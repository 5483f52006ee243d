import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { registerSW } from 'virtual:pwa-register';
import { hadSession } from '../api/session-store';
import { App } from './App';
import { nextTask } from './next-task';
import { PRERENDERED_ATTRIBUTE } from './prerendered';
import { routerReady } from './router-ready';
import { routes } from './router';

/**
 * The first read of localStorage, and of sessionStorage, loads it from the browser: tens of milliseconds on a slow
 * phone, in a fresh profile. The session keeper's first effect reads the one (in the same task as the re-render that
 * follows), the router's creation the other (its view transitions); reading them first keeps that in a task of its own.
 */
function loadWebStorage(): void {
  hadSession();
  try {
    sessionStorage.getItem('');
  } catch {
    // Storage disabled: nothing to load.
  }
}

/** Creates the router and draws the app into #root (called once by the entry, main.tsx), each step in its own task. */
export async function startApp(): Promise<void> {
  const container = document.getElementById('root')!;
  loadWebStorage();
  await nextTask();
  const router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <App router={router} />
    </StrictMode>
  );
  // The public screens are prerendered at build for their bare URL (scripts/prerender.ts): React adopts that markup
  // once the screen's chunks are in, instead of drawing it again. Any query (?next=, ?email=, ?error=) can change
  // the screen, so those are drawn by the client. Both render in a transition, which yields to the browser every
  // few milliseconds instead of blocking it for the whole first render.
  if (container.getAttribute(PRERENDERED_ATTRIBUTE) === window.location.pathname && window.location.search === '') {
    await routerReady(router);
    await nextTask();
    startTransition(() => void hydrateRoot(container, app));
  } else {
    startTransition(() => createRoot(container).render(app));
  }
  // Registered after the page's load event (the plugin's default), so precaching the app never competes with the
  // first screen for the network.
  registerSW();
}
