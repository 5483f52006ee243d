import type { RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { preloadFirstScreen } from './preload-first-screen';
import { routes } from './router';

const screen = (path: string | undefined, extra: Partial<RouteObject> = {}) => ({ ...(path === undefined ? { index: true } : { path }), lazy: vi.fn(() => Promise.resolve({})), ...extra }) as RouteObject;

function table() {
  const signIn = screen('sign-in');
  const home = screen(undefined);
  const eventNew = screen('events/new');
  const eventId = screen('events/:id');
  const shell = { lazy: vi.fn(() => Promise.resolve({})), children: [home, eventId, eventNew] } as RouteObject;
  const notFound = screen('*');
  const root = { lazy: vi.fn(() => Promise.resolve({})), children: [{ children: [signIn] }, shell, notFound] } as RouteObject;
  return { all: [root], root, signIn, home, shell, eventNew, eventId, notFound };
}

describe('preloading the first screen', () => {
  it('starts the lazy chunks of the matched screen and of its layouts, and of nothing else', () => {
    const t = table();
    expect(preloadFirstScreen(t.all, '/sign-in')).toHaveLength(3);
    expect(t.signIn.lazy).toHaveBeenCalledTimes(1);
    expect(t.root.lazy).toHaveBeenCalledTimes(1);
    expect(t.shell.lazy).not.toHaveBeenCalled();
    expect(t.home.lazy).not.toHaveBeenCalled();
  });

  it('prefers a static segment to a parameter, as the router does, whatever the order', () => {
    const t = table();
    preloadFirstScreen(t.all, '/events/new');
    expect(t.eventNew.lazy).toHaveBeenCalledTimes(1);
    expect(t.eventId.lazy).not.toHaveBeenCalled();
    preloadFirstScreen(t.all, '/events/42');
    expect(t.eventId.lazy).toHaveBeenCalledTimes(1);
  });

  it('matches the index route at / and the catch-all for an unknown path', () => {
    const t = table();
    preloadFirstScreen(t.all, '/');
    expect(t.home.lazy).toHaveBeenCalledTimes(1);
    expect(t.shell.lazy).toHaveBeenCalledTimes(1);
    preloadFirstScreen(t.all, '/no/such/page');
    expect(t.notFound.lazy).toHaveBeenCalledTimes(1);
  });

  it('ignores a chunk that fails to load (the router reports it when it loads the route itself)', async () => {
    const failing = { path: 'x', lazy: vi.fn(() => Promise.reject(new Error('offline'))) } as RouteObject;
    expect(preloadFirstScreen([failing], '/x')).toEqual([failing]);
    await Promise.resolve();
  });

  it('finds the real screens of the app: sign-up under the guest layout, an event room under the shell', () => {
    const paths = (pathname: string) => preloadFirstScreen(structuredCloneRoutes(routes), pathname).map((r) => r.path ?? (r.index ? '(index)' : '(layout)'));
    expect(paths('/sign-up')).toEqual(['(layout)', '(layout)', 'sign-up']);
    expect(paths('/events/new')).toEqual(['(layout)', '(layout)', '(layout)', 'events/new']);
    expect(paths('/')).toEqual(['(layout)', '(layout)', '(layout)', '(index)']);
  });
});

/** The app's table with every lazy replaced by a spy (so the test loads no screen). */
function structuredCloneRoutes(list: RouteObject[]): RouteObject[] {
  return list.map((r) => ({ ...r, lazy: vi.fn(() => Promise.resolve({})), children: r.children ? structuredCloneRoutes(r.children) : undefined }) as RouteObject);
}
