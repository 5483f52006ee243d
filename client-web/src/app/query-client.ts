import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/** No retries for answers the server meant (4xx); a couple for network trouble and 5xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
