import { useQuery } from '@tanstack/react-query';
import { apiClient, call } from './client';

export const avatarKeys = {
  all: ['avatar'] as const,
  image: (userId: string) => [...avatarKeys.all, userId] as const,
};

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the image.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * An avatar as the caller may see it: fetched with the bearer token (a friends-only avatar needs it, which an
 * <img src> cannot send), as a data: URL (the server's CSP allows `img-src 'self' data:`).
 */
export function useAvatar(userId: string) {
  return useQuery({
    queryKey: avatarKeys.image(userId),
    // The server lets browsers keep an avatar 5 minutes (max-age=300): revalidate (ETag, usually a 304) on every
    // fetch, or the avatar just uploaded would show as the old one until then. The query cache is the cache here.
    queryFn: async () =>
      toDataUrl(await call(apiClient.GET('/api/users/{id}/avatar', { params: { path: { id: userId } }, parseAs: 'blob', cache: 'no-cache' }))),
    staleTime: 5 * 60_000,
  });
}
