import { useQuery } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Track = components['schemas']['TrackDto'];
export type ProviderId = Track['provider'];

export const musicKeys = {
  all: ['music'] as const,
  providers: () => [...musicKeys.all, 'providers'] as const,
  search: (provider: ProviderId | undefined, q: string) => [...musicKeys.all, 'search', provider ?? 'default', q] as const,
};

export function useProviders() {
  return useQuery({ queryKey: musicKeys.providers(), queryFn: () => call(apiClient.GET('/api/music/providers')), staleTime: 5 * 60_000 });
}

export function useMusicSearch(q: string, provider: ProviderId | undefined) {
  return useQuery({
    queryKey: musicKeys.search(provider, q),
    queryFn: () => call(apiClient.GET('/api/music/search', { params: { query: { q, limit: 10, ...(provider ? { provider } : {}) } } })),
    enabled: q.trim().length > 0,
  });
}

/** One key per track of a provider (React keys, "which one is busy"). */
export const trackKey = (track: Pick<Track, 'provider' | 'providerTrackId'>) => `${track.provider}:${track.providerTrackId}`;
