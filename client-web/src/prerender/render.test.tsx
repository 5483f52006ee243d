import { act, StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../app/App';
import { routerReady } from '../app/router-ready';
import { routes } from '../app/router';
import { renderScreen } from './render';

// React's act() for a root created outside Testing Library.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

it.each(['/sign-in', '/sign-up'])('%s: the browser adopts the prerendered markup (no mismatch, nothing drawn again)', async (path) => {
  // The screen asks the server for the OAuth providers: none here.
  vi.stubGlobal('fetch', () => Promise.resolve(Response.json([])));
  const container = document.createElement('div');
  container.innerHTML = await renderScreen(path);
  document.body.append(container);
  const heading = container.querySelector('h1');
  const form = container.querySelector('form');
  expect(heading).not.toBeNull();

  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await routerReady(router);
  const mismatches: unknown[] = [];
  act(() => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App router={router} />
      </StrictMode>,
      { onRecoverableError: (error) => mismatches.push(error) },
    );
  });

  expect(mismatches).toEqual([]);
  expect(container.querySelector('h1')).toBe(heading);
  expect(container.querySelector('form')).toBe(form);
});
