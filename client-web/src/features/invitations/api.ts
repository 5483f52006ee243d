import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';

export const invitationKeys = {
  all: ['invitations'] as const,
  inbox: () => [...invitationKeys.all, 'inbox'] as const,
};

export function useInvitations() {
  return useQuery({ queryKey: invitationKeys.inbox(), queryFn: () => call(apiClient.GET('/api/invitations', { params: { query: { limit: 100 } } })) });
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
      answer === 'accept'
        ? call(apiClient.POST('/api/invitations/{id}/accept', { params: { path: { id } } }))
        : call(apiClient.POST('/api/invitations/{id}/decline', { params: { path: { id } } })),
    // Accepting changes what the person is a member of: the shared playlists and the invited events too.
    onSettled: () => Promise.all(['invitations', 'playlists', 'events'].map((prefix) => queryClient.invalidateQueries({ queryKey: [prefix] }))),
  });
}
