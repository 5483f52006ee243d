import type { RouteObject } from 'react-router';

export const playlistsRoutes: RouteObject[] = [
  { path: 'playlists', lazy: async () => ({ Component: (await import('./PlaylistsPage')).PlaylistsPage }) },
  { path: 'playlists/new', lazy: async () => ({ Component: (await import('./CreatePlaylistPage')).CreatePlaylistPage }) },
  { path: 'playlists/:id', lazy: async () => ({ Component: (await import('./PlaylistEditorPage')).PlaylistEditorPage }) },
  { path: 'playlists/:id/settings', lazy: async () => ({ Component: (await import('./PlaylistSettingsPage')).PlaylistSettingsPage }) },
];
