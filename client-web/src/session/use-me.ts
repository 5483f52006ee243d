import { useQuery } from '@tanstack/react-query';
import { apiClient, call } from '../api/client';
import type { components } from '../api/schema';
import { meKeys } from './keys';
import { useSession } from './session';

export type Me = components['schemas']['MeDto'];

/** The signed-in user (GET /users/me), seeded by every new session. */
export function useMe() {
  const { status } = useSession();
  return useQuery({
    queryKey: meKeys.me,
    queryFn: () => call(apiClient.GET('/api/users/me')),
    enabled: status === 'signed-in',
  });
}
