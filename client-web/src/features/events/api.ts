import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import type { EventDetail } from './room-cache';

export type EventScope = 'public' | 'mine' | 'invited';
export type CreateEventBody = components['schemas']['CreateEventDto'];
/** What the event form sends, on create and on change alike (UpdateEventDto is CreateEventDto, all optional). */
export type EventBody = Omit<CreateEventBody, 'maxProposalsPerUser'>;
/** The API's default number of proposals one person may have waiting (the form does not change it). */
export const DEFAULT_MAX_PROPOSALS = 3;
export type EventSummary = components['schemas']['EventSummaryDto'];
export interface NearPoint {
  lat: number;
  lng: number;
}

export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (scope: EventScope) => [...eventKeys.lists(), scope] as const,
  nearby: (near: NearPoint | null, radiusKm: number) => [...eventKeys.lists(), 'nearby', near?.lat, near?.lng, radiusKm] as const,
  detail: (id: string) => [...eventKeys.all, 'detail', id] as const,
  /** Under the room's key: whatever refetches the room (members.changed, a gap) refetches these too. */
  members: (id: string) => [...eventKeys.detail(id), 'members'] as const,
  history: (id: string) => [...eventKeys.detail(id), 'history'] as const,
};

export function useEvents(scope: EventScope) {
  return useQuery({
    queryKey: eventKeys.list(scope),
    queryFn: () => call(apiClient.GET('/api/events', { params: { query: { scope, limit: 50 } } })),
  });
}

/** Public events with an area, nearest first, within `radiusKm` of the point (none until the point is known). */
export function useNearbyEvents(near: NearPoint | null, radiusKm: number) {
  return useQuery({
    queryKey: eventKeys.nearby(near, radiusKm),
    queryFn: () =>
      call(apiClient.GET('/api/events', { params: { query: { near: `${near?.lat ?? 0},${near?.lng ?? 0}`, radiusKm, limit: 50 } } })),
    enabled: near !== null,
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventBody) => call(apiClient.POST('/api/events', { body })),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}

/** Owner and hosts. The answer is the room at its new version (its `event.updated` frame then arrives as stale). */
export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<EventBody>) => call(apiClient.PATCH('/api/events/{id}', { params: { path: { id } }, body })),
    onSuccess: (event) => {
      const cached = queryClient.getQueryData<EventDetail>(eventKeys.detail(id));
      if (!cached || cached.version <= event.version) queryClient.setQueryData(eventKeys.detail(id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}

/** Owner only; everyone in the room is led out by `event.deleted`. */
export function useDeleteEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(apiClient.DELETE('/api/events/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: eventKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
