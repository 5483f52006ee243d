import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import { eventKeys } from './api';

export type HistoryEntry = components['schemas']['HistoryEntryDto'];

/** What the event played, most recent first, a page of 20 at a time. */
export function useEventHistory(id: string) {
  return useInfiniteQuery({
    queryKey: eventKeys.history(id),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(apiClient.GET('/api/events/{id}/history', { params: { path: { id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A new private playlist of mine with the tracks played, in the order they played. */
export function useExportHistory(id: string) {
  return useMutation({
    mutationFn: (name: string) =>
      call(apiClient.POST('/api/events/{id}/history/export', { params: { path: { id } }, body: name.trim() ? { name: name.trim() } : {} })),
  });
}
