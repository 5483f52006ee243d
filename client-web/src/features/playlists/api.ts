import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';

export type PlaylistScope = 'public' | 'mine' | 'shared';
export type PlaylistSummary = components['schemas']['PlaylistSummaryDto'];
export type CreatePlaylistBody = components['schemas']['CreatePlaylistDto'];
export type UpdatePlaylistBody = components['schemas']['UpdatePlaylistDto'];
export type PlaylistMembers = components['schemas']['PlaylistMembersDto'];

export const playlistKeys = {
  all: ['playlists'] as const,
  lists: () => [...playlistKeys.all, 'list'] as const,
  list: (scope: PlaylistScope) => [...playlistKeys.lists(), scope] as const,
  detail: (id: string) => [...playlistKeys.all, 'detail', id] as const,
  members: (id: string) => [...playlistKeys.all, 'members', id] as const,
  /** Mutations that change a playlist's tracks (the editor waits for them before the next move). */
  writes: (id: string) => [...playlistKeys.all, 'write', id] as const,
};

export function usePlaylists(scope: PlaylistScope) {
  return useQuery({
    queryKey: playlistKeys.list(scope),
    queryFn: () => call(apiClient.GET('/api/playlists', { params: { query: { scope, limit: 50 } } })),
  });
}

/** The playlist as the caller sees it; socket frames keep it current between fetches (see use-playlist-live). */
export function usePlaylist(id: string) {
  return useQuery({
    queryKey: playlistKeys.detail(id),
    queryFn: () => call(apiClient.GET('/api/playlists/{id}', { params: { path: { id } } })),
    retry: (count, error) => count < 2 && !('status' in error && (error.status === 404 || error.status === 403)),
  });
}

export function useCreatePlaylist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlaylistBody) => call(apiClient.POST('/api/playlists', { body })),
    onSuccess: (playlist) => {
      queryClient.setQueryData(playlistKeys.detail(playlist.id), playlist);
      return queryClient.invalidateQueries({ queryKey: playlistKeys.lists() });
    },
  });
}

/** Owner only. The answer is the whole playlist at its new version (its frame then arrives as stale). */
export function useUpdatePlaylist(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePlaylistBody) => call(apiClient.PATCH('/api/playlists/{id}', { params: { path: { id } }, body })),
    onSuccess: (playlist) => {
      const cached = queryClient.getQueryData<{ version: number }>(playlistKeys.detail(id));
      if (!cached || cached.version <= playlist.version) queryClient.setQueryData(playlistKeys.detail(id), playlist);
      return queryClient.invalidateQueries({ queryKey: playlistKeys.lists() });
    },
  });
}

export function useDeletePlaylist(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(apiClient.DELETE('/api/playlists/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: playlistKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: playlistKeys.lists() });
    },
  });
}

export function usePlaylistMembers(id: string) {
  return useQuery({
    queryKey: playlistKeys.members(id),
    // The first page of the roster (up to 100: the owner first, then members in the order they joined).
    queryFn: () => call(apiClient.GET('/api/playlists/{id}/members', { params: { path: { id }, query: { limit: 100 } } })),
  });
}

/** Invite, cancel an invitation, remove a member (or leave): the members panel is read again after each. */
export function useMemberActions(id: string) {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: playlistKeys.members(id) });
  const path = { id };
  return {
    invite: useMutation({
      mutationFn: (userId: string) => call(apiClient.POST('/api/playlists/{id}/invitations', { params: { path }, body: { userId } })),
      onSettled,
    }),
    cancel: useMutation({
      mutationFn: (invitationId: string) =>
        call(apiClient.DELETE('/api/playlists/{id}/invitations/{invitationId}', { params: { path: { ...path, invitationId } } })),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (userId: string) => call(apiClient.DELETE('/api/playlists/{id}/members/{userId}', { params: { path: { ...path, userId } } })),
      onSettled,
    }),
  };
}
