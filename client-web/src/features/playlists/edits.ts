import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient, call } from '../../api/client';
import { asApiError } from '../../api/errors';
import { waitForCached } from '../../realtime/room-version';
import type { Track } from '../music/api';
import { playlistKeys } from './api';
import { sortEntries, type Playlist, type PlaylistEntry } from './playlist-cache';
import type { MoveRequest } from './reorder';

/** Explains a refused edit in the person's terms, or null when the error's own message says it best. */
export function explainEditError(error: unknown, action: string): string | null {
  const { code, status } = asApiError(error);
  if (code === 'VERSION_CONFLICT') {
    return `Someone changed the playlist while you were ${action}, so your change was not made. The list now shows the latest order: check it and try again.`;
  }
  if (status === 404) return `That track is no longer in the playlist (someone removed it meanwhile). The list now shows the latest order.`;
  return null;
}

/**
 * The editor's track changes: add, move (optimistic, based on the version the person saw: `If-Match`) and remove
 * (optimistic). Each waits until its own change is in the cache (its frame, or a refetch), so the next move is
 * based on a version that includes it. A refused change is rolled back, the playlist is read again, and
 * `problem` says what happened.
 */
export function usePlaylistEdits(playlistId: string) {
  const queryClient = useQueryClient();
  const key = playlistKeys.detail(playlistId);
  const mutationKey = playlistKeys.writes(playlistId);
  const [problem, setProblem] = useState<{ text: string | null; error: unknown } | null>(null);
  const path = { id: playlistId };

  const optimistic = async (change: (p: Playlist) => Playlist) => {
    await queryClient.cancelQueries({ queryKey: key });
    const previous = queryClient.getQueryData<Playlist>(key);
    if (previous) queryClient.setQueryData(key, change(previous));
    return { previous };
  };
  const refused = (action: string) => (error: unknown, _vars: unknown, context?: { previous: Playlist | undefined }) => {
    const current = queryClient.getQueryData<Playlist>(key);
    // Undo only our own guess: when frames were applied meanwhile the refetch below brings the truth anyway.
    if (context?.previous && current?.version === context.previous.version) queryClient.setQueryData(key, context.previous);
    void queryClient.invalidateQueries({ queryKey: key });
    setProblem({ text: explainEditError(error, action), error });
  };
  const cached = () => queryClient.getQueryData<Playlist>(key);
  const entryIn = (entryId: string) => cached()?.tracks.find((e) => e.id === entryId);

  const add = useMutation({
    mutationKey,
    mutationFn: async (track: Track) => {
      const entry = await call(
        apiClient.POST('/api/playlists/{id}/tracks', { params: { path }, body: { provider: track.provider, providerTrackId: track.providerTrackId } }),
      );
      await waitForCached(queryClient, key, () => entryIn(entry.id) !== undefined);
      return entry;
    },
    onMutate: () => setProblem(null),
    onError: (error) => setProblem({ text: null, error }),
  });

  const move = useMutation({
    mutationKey,
    mutationFn: async ({ move: { entryId, afterEntryId }, basedOn }: { move: MoveRequest; entries: PlaylistEntry[]; basedOn: number }) => {
      const entry = await call(
        apiClient.PATCH('/api/playlists/{id}/tracks/{entryId}', {
          params: { path: { ...path, entryId }, header: { 'If-Match': String(basedOn) } },
          body: { afterEntryId },
        }),
      );
      await waitForCached(queryClient, key, () => entryIn(entryId)?.position === entry.position);
      return entry;
    },
    onMutate: ({ entries }) => {
      setProblem(null);
      return optimistic((p) => ({ ...p, tracks: sortEntries(entries) }));
    },
    onError: refused('moving a track'),
  });

  const remove = useMutation({
    mutationKey,
    mutationFn: async (entryId: string) => {
      // The entry is already gone from the cache (optimistic): wait for the version that removed it.
      const before = cached()?.version ?? 0;
      await call(apiClient.DELETE('/api/playlists/{id}/tracks/{entryId}', { params: { path: { ...path, entryId } } }));
      await waitForCached(queryClient, key, () => (cached()?.version ?? 0) > before && entryIn(entryId) === undefined);
    },
    onMutate: (entryId) => {
      setProblem(null);
      return optimistic((p) => {
        const tracks = p.tracks.filter((e) => e.id !== entryId);
        return { ...p, tracks, trackCount: tracks.length };
      });
    },
    onError: refused('removing a track'),
  });

  return { add, move, remove, problem, dismissProblem: () => setProblem(null) };
}
