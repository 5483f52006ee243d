import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/App';
import { firstScreenRoutes } from '../app/preload-first-screen';
import { routerReady } from '../app/router-ready';
import { routes } from '../app/router';

/**
 * The markup of a public screen as the browser's first render draws it (signed out, no query), for the build to
 * write into its HTML (scripts/prerender.ts); the same App and RouterProvider as app/start.tsx, so it hydrates.
 */
export async function renderScreen(path: string): Promise<string> {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await routerReady(router);
  try {
    return renderToString(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    );
  } finally {
    router.dispose();
  }
}

/**
 * The modules the lazy routes of the screen at `path` import (its layouts' and its own), as this SSR build names
 * them (`./assets/SignInPage-….js`): the build maps them to the client's chunks (scripts/prerender.ts), so that the
 * prerendered page preloads them with the app.
 */
export function screenImports(path: string): string[] {
  return firstScreenRoutes(routes, path).flatMap((route) => {
    if (typeof route.lazy !== 'function') return [];
    const specifiers = [...route.lazy.toString().matchAll(/import\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    // The build would otherwise quietly stop preloading the screen's chunks if the bundler wrote imports differently.
    if (specifiers.length === 0) throw new Error(`prerender: no import() found in the lazy route of ${path}`);
    return specifiers;
  });
}
