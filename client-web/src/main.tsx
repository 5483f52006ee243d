import { nextTask } from './app/next-task';
import { firstScreenRoutes, preloadFirstScreen, preloadRoute } from './app/preload-first-screen';
import { PRELOADS_TEMPLATE_ID } from './app/prerendered';
import { routes } from './app/router';
import './index.css';

/**
 * A prerendered page keeps the app's modulepreloads in a template (scripts/prerender.ts): its screen is painted from
 * the HTML, and scripts downloading before the first paint would only compete with it. They start here, after the
 * first frame, a few per task (each link starts a fetch, ~1 ms of main thread on a slow phone). Returns whether the
 * page had them.
 */
async function startDeferredPreloads(): Promise<boolean> {
  const template = document.getElementById(PRELOADS_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return false;
  template.remove();
  const links = [...template.content.children];
  for (let i = 0; i < links.length; i += 4) {
    document.head.append(...links.slice(i, i + 4));
    await nextTask();
  }
  return true;
}

// The entry is tiny, and starts the app after the first frame in short tasks. A dynamic import evaluates its whole
// module graph in one task, so importing app/start.tsx at once (React DOM, the router, TanStack Query and the app)
// would hold the main thread for one long task: React, React DOM and the router are evaluated first, each in a task
// of its own, so that the app's modules find them ready. Everything downloads in parallel (modulepreloads, see
// vite.config.ts); then app/start.tsx creates the router and renders, again in separate tasks.
async function boot(): Promise<void> {
  const prerendered = await startDeferredPreloads();
  // A screen drawn by the client needs its chunks at once. A prerendered one is already on screen: its chunks wait
  // until what they share with the app is evaluated (else their graph would evaluate it, in one long task).
  if (!prerendered) preloadFirstScreen(routes, window.location.pathname);
  await import('react');
  await nextTask();
  await import('react-dom/client');
  await nextTask();
  await import('./app/framework');
  await nextTask();
  if (prerendered) {
    for (const route of firstScreenRoutes(routes, window.location.pathname)) {
      preloadRoute(route);
      await nextTask();
    }
  }
  const { startApp } = await import('./app/start');
  await nextTask();
  await startApp();
}

function start(): void {
  boot().catch(() => {
    // Offline before the service worker had cached the app (its own offline state takes over once it has).
    const status = document.querySelector('#root p');
    if (status) status.textContent = 'MusicRoom could not load: you seem to be offline. Reload when you are back online.';
  });
}
// A hidden tab draws no frame (no requestAnimationFrame) until shown: it starts at once.
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
