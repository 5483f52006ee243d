import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import type { Track } from '../music/api';
import { eventKeys } from './api';
import { sortQueue, type EventDetail } from './room-cache';

export type Location = components['schemas']['LocationDto'];

/** The room as the caller sees it; socket frames keep it current between fetches (see use-event-room). */
export function useEventRoom(id: string) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: () => call(apiClient.GET('/api/events/{id}', { params: { path: { id } } })),
    retry: (count, error) => count < 2 && !('status' in error && (error.status === 404 || error.status === 403)),
  });
}

/** The browser's position in the API's shape, for events with an area; rejects when the person refuses. */
export function currentLocation(): Promise<Location> {
  return new Promise((resolve, reject) => {
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lng: coords.longitude, accuracyMeters: Math.round(coords.accuracy) }),
      () => reject(new Error('Your browser did not share your location, and this event only counts votes from its area.')),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  });
}

const withVote = (event: EventDetail, entryId: string, vote: boolean): EventDetail => ({
  ...event,
  queue: sortQueue(
    event.queue.map((e) => (e.id === entryId && e.votedByMe !== vote ? { ...e, votedByMe: vote, score: e.score + (vote ? 1 : -1) } : e)),
  ),
});

/** Vote or unvote, shown at once and rolled back if the server refuses (the refusal is the mutation's error). */
export function useVote(event: EventDetail) {
  const queryClient = useQueryClient();
  const key = eventKeys.detail(event.id);
  return useMutation({
    mutationFn: async ({ entryId, vote }: { entryId: string; vote: boolean }) => {
      const path = { id: event.id, entryId };
      if (!vote) return call(apiClient.DELETE('/api/events/{id}/tracks/{entryId}/vote', { params: { path } }));
      const location = event.geo ? await currentLocation() : undefined;
      return call(apiClient.PUT('/api/events/{id}/tracks/{entryId}/vote', { params: { path }, body: location ? { location } : {} }));
    },
    onMutate: async ({ entryId, vote }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<EventDetail>(key);
      if (previous) queryClient.setQueryData(key, withVote(previous, entryId, vote));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      const current = queryClient.getQueryData<EventDetail>(key);
      // Roll back only our own guess: frames applied meanwhile carry newer scores, so refetch when the room moved on.
      if (context?.previous && current?.version === context.previous.version) queryClient.setQueryData(key, context.previous);
      else void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (result, { entryId }) => {
      queryClient.setQueryData<EventDetail>(key, (current) =>
        current ? { ...current, queue: sortQueue(current.queue.map((e) => (e.id === entryId ? { ...e, ...result } : e))) } : current,
      );
    },
  });
}

export function usePropose(event: EventDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (track: Track) => {
      const location = event.geo ? await currentLocation() : undefined;
      const body = { provider: track.provider, providerTrackId: track.providerTrackId, ...(location ? { location } : {}) };
      return call(apiClient.POST('/api/events/{id}/tracks', { params: { path: { id: event.id } }, body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(event.id) }),
  });
}

/** Join as a listener, or leave (listeners and members alike); the room is read again either way. */
export function useMembership(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'join' | 'leave') =>
      action === 'join'
        ? call(apiClient.POST('/api/events/{id}/join', { params: { path: { id: eventId } } }))
        : call(apiClient.POST('/api/events/{id}/leave', { params: { path: { id: eventId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}
