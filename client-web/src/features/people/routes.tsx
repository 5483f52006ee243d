import type { RouteObject } from 'react-router';

export const peopleRoutes: RouteObject[] = [
  { path: 'people', lazy: async () => ({ Component: (await import('./PeoplePage')).PeoplePage }) },
  { path: 'users/:userId', lazy: async () => ({ Component: (await import('./PublicProfilePage')).PublicProfilePage }) },
];
