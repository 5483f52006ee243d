import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import { eventKeys } from './api';

/** The event a join code names, before joining it. */
export function useEventByCode(code: string) {
  return useQuery({
    queryKey: [...eventKeys.all, 'by-code', code],
    queryFn: () => call(apiClient.GET('/api/events/by-code/{code}', { params: { path: { code } } })),
    retry: false,
  });
}

export function useJoinByCode(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(apiClient.POST('/api/events/by-code/{code}/join', { params: { path: { code } } })),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: [...eventKeys.all, 'list'] });
    },
  });
}

/**
 * The join link's QR code as a data URL: the request needs the bearer token, so an img src cannot fetch it, and
 * the server's content security policy allows `data:` images (not `blob:`).
 */
export function useQrCode(eventId: string, code: string) {
  return useQuery({
    queryKey: [...eventKeys.detail(eventId), 'qr', code],
    queryFn: async () => {
      const svg = await call(apiClient.GET('/api/events/{id}/qr.svg', { params: { path: { id: eventId } }, parseAs: 'text' }));
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
    staleTime: Infinity,
  });
}
