import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import { eventKeys } from './api';

export type EventMembers = components['schemas']['EventMembersDto'];
export type EventMember = components['schemas']['EventMemberDto'];
export type InvitableRole = NonNullable<components['schemas']['InviteToEventDto']['role']>;

/** The first page of the roster (up to 100: the owner first, then hosts, guests and delegates), the listener count, and pending invitations for the owner and hosts. */
export function useEventMembers(id: string) {
  return useQuery({
    queryKey: eventKeys.members(id),
    queryFn: () => call(apiClient.GET('/api/events/{id}/members', { params: { path: { id }, query: { limit: 100 } } })),
  });
}

/** Invite (as guest or host), change a role, remove a member, cancel an invitation: the roster is read again after each. */
export function useEventMemberActions(id: string) {
  const queryClient = useQueryClient();
  // The room too: the viewer's own rights, and the listener count, may have changed.
  const onSettled = () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
  const path = { id };
  return {
    invite: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: InvitableRole }) =>
        call(apiClient.POST('/api/events/{id}/invitations', { params: { path }, body: { userId, role } })),
      onSettled,
    }),
    changeRole: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: InvitableRole }) =>
        call(apiClient.PATCH('/api/events/{id}/members/{userId}', { params: { path: { ...path, userId } }, body: { role } })),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (userId: string) => call(apiClient.DELETE('/api/events/{id}/members/{userId}', { params: { path: { ...path, userId } } })),
      onSettled,
    }),
    cancel: useMutation({
      mutationFn: (invitationId: string) =>
        call(apiClient.DELETE('/api/events/{id}/invitations/{invitationId}', { params: { path: { ...path, invitationId } } })),
      onSettled,
    }),
  };
}
