import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';

export type Direction = 'incoming' | 'outgoing';

export const peopleKeys = {
  all: ['people'] as const,
  friends: () => [...peopleKeys.all, 'friends'] as const,
  requests: (direction: Direction) => [...peopleKeys.all, 'requests', direction] as const,
  search: (text: string) => [...peopleKeys.all, 'search', text] as const,
  /** Another user's profile: what I may see changes with the friendship. */
  profile: (userId: string) => ['users', 'profile', userId] as const,
};

export function useFriends() {
  return useQuery({ queryKey: peopleKeys.friends(), queryFn: () => call(apiClient.GET('/api/friends', { params: { query: { limit: 100 } } })) });
}

export function useFriendRequests(direction: Direction) {
  return useQuery({
    queryKey: peopleKeys.requests(direction),
    queryFn: () => call(apiClient.GET('/api/friends/requests', { params: { query: { direction, limit: 100 } } })),
  });
}

export function useUserSearch(text: string) {
  return useQuery({
    queryKey: peopleKeys.search(text),
    queryFn: () => call(apiClient.GET('/api/users', { params: { query: { search: text, limit: 20 } } })),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useProfile(userId: string) {
  return useQuery({ queryKey: peopleKeys.profile(userId), queryFn: () => call(apiClient.GET('/api/users/{id}', { params: { path: { id: userId } } })) });
}

/** Every friendship change can change lists and what profiles show: refetch them all. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: peopleKeys.all }), queryClient.invalidateQueries({ queryKey: ['users', 'profile'] })]);
}

export function useSendFriendRequest() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (userId: string) => call(apiClient.POST('/api/friends/requests', { body: { userId } })), onSettled: invalidate });
}

export function useAnswerFriendRequest() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
      answer === 'accept'
        ? call(apiClient.POST('/api/friends/requests/{id}/accept', { params: { path: { id } } }))
        : call(apiClient.POST('/api/friends/requests/{id}/decline', { params: { path: { id } } })),
    onSettled: invalidate,
  });
}

export function useCancelFriendRequest() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (id: string) => call(apiClient.DELETE('/api/friends/requests/{id}', { params: { path: { id } } })), onSettled: invalidate });
}

export function useRemoveFriend() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (userId: string) => call(apiClient.DELETE('/api/friends/{userId}', { params: { path: { userId } } })), onSettled: invalidate });
}
