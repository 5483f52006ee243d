import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountRoutes } from '../features/account/routes';
import { eventsRoutes } from '../features/events/routes';
import { guestOnlyRoutes, publicAuthRoutes } from '../features/auth/routes';
import { homeRoutes } from '../features/home/routes';
import { invitationsRoutes } from '../features/invitations/routes';
import { peopleRoutes } from '../features/people/routes';
import { playlistsRoutes } from '../features/playlists/routes';
import { profileRoutes } from '../features/profile/routes';
import { AppShell } from './AppShell';
import { GuestOnly, RequireSession } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { Root } from './Root';
import { RouteError } from './RouteError';

/**
 * Each feature exports its routes (lazy, so each screen is its own chunk); this file only composes them.
 * Signed-in features go under the shell; a new one (events, playlists, `/e/:code`) adds its array here.
 */
export const routes: RouteObject[] = [
  {
    Component: Root,
    ErrorBoundary: RouteError,
    children: [
      ...publicAuthRoutes,
      { Component: GuestOnly, children: guestOnlyRoutes },
      {
        Component: RequireSession,
        children: [{ Component: AppShell, children: [...homeRoutes, ...eventsRoutes, ...playlistsRoutes, ...peopleRoutes, ...invitationsRoutes, ...profileRoutes, ...accountRoutes] }],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
