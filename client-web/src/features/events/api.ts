import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';

export type EventScope = 'public' | 'mine' | 'invited';
export type CreateEventBody = components['schemas']['CreateEventDto'];
export type EventSummary = components['schemas']['EventSummaryDto'];

export const eventKeys = {
  all: ['events'] as const,
  list: (scope: EventScope) => [...eventKeys.all, 'list', scope] as const,
  detail: (id: string) => [...eventKeys.all, 'detail', id] as const,
};

export function useEvents(scope: EventScope) {
  return useQuery({
    queryKey: eventKeys.list(scope),
    queryFn: () => call(apiClient.GET('/api/events', { params: { query: { scope, limit: 50 } } })),
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventBody) => call(apiClient.POST('/api/events', { body })),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: [...eventKeys.all, 'list'] });
    },
  });
}
