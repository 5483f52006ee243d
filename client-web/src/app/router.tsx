import type { RouteObject } from 'react-router';
import { accountRoutes } from '../features/account/routes';
import { guestOnlyRoutes, publicAuthRoutes } from '../features/auth/routes';
import { eventsFullScreenRoutes, eventsRoutes } from '../features/events/routes';
import { homeRoutes } from '../features/home/routes';
import { invitationsRoutes } from '../features/invitations/routes';
import { peopleRoutes } from '../features/people/routes';
import { playlistsRoutes } from '../features/playlists/routes';
import { profileRoutes } from '../features/profile/routes';
import { BootShell } from './BootShell';

/**
 * The route table, and nothing else: plain data whose every component is `lazy`, so the entry script can read it
 * (to start loading the first screen, `preload-first-screen.ts`) before React and the router have downloaded.
 * Keep it that way: import only `type`s, the features' `routes.tsx` arrays and BootShell here, never a component.
 *
 * A feature exports its routes from `features/<name>/routes.tsx`, one lazy chunk per screen:
 *   { path: 'playlists/:id', lazy: async () => ({ Component: (await import('./PlaylistPage')).PlaylistPage }) }
 * and adds its array to one of the lists below (signed-in features: `signedInScreens`).
 */
const signedInScreens: RouteObject[] = [
  ...homeRoutes,
  ...eventsRoutes,
  ...playlistsRoutes,
  ...peopleRoutes,
  ...invitationsRoutes,
  ...profileRoutes,
  ...accountRoutes,
];

export const routes: RouteObject[] = [
  {
    // The layouts are chunks too; React Router loads a route's lazy parts and its parents' in parallel.
    lazy: async () => {
      const [{ Root }, { RouteError }] = await Promise.all([import('./Root'), import('./RouteError')]);
      return { Component: Root, ErrorBoundary: RouteError };
    },
    HydrateFallback: BootShell,
    children: [
      ...publicAuthRoutes,
      { lazy: async () => ({ Component: (await import('./guards')).GuestOnly }), children: guestOnlyRoutes },
      {
        lazy: async () => ({ Component: (await import('./guards')).RequireSession }),
        children: [{ lazy: async () => ({ Component: (await import('./AppShell')).AppShell }), children: signedInScreens }, ...eventsFullScreenRoutes],
      },
      { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }) },
    ],
  },
];
