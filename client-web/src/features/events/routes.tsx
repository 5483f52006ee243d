import type { RouteObject } from 'react-router';

export const eventsRoutes: RouteObject[] = [
  { path: 'events', lazy: async () => ({ Component: (await import('./EventsPage')).EventsPage }) },
  { path: 'events/new', lazy: async () => ({ Component: (await import('./CreateEventPage')).CreateEventPage }) },
  { path: 'events/:id/settings', lazy: async () => ({ Component: (await import('./EventSettingsPage')).EventSettingsPage }) },
  { path: 'events/:id', lazy: async () => ({ Component: (await import('./EventRoomPage')).EventRoomPage }) },
  { path: 'e/:code', lazy: async () => ({ Component: (await import('./JoinByCodePage')).JoinByCodePage }) },
];

/** Signed-in screens without the app's shell: TV mode fills a big screen. */
export const eventsFullScreenRoutes: RouteObject[] = [
  { path: 'events/:id/tv', lazy: async () => ({ Component: (await import('./TvModePage')).TvModePage }) },
];
