import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useDevices } from '../account/api';
import { currentLocation } from './room-api';
import { eventKeys } from './api';
import type { EventDetail } from './room-cache';

export type PlaybackCommand = components['schemas']['PlaybackCommandDto'];
export type SkipVotes = components['schemas']['SkipVotesDto'];
export type Delegate = components['schemas']['DelegateDto'];
export type FriendDevice = components['schemas']['FriendDeviceDto'];
export type IncomingDelegation = components['schemas']['IncomingDelegationDto'];

export const playbackKeys = {
  skipVotes: (eventId: string, entryId: string) => [...eventKeys.detail(eventId), 'skip-votes', entryId] as const,
  delegates: (eventId: string) => [...eventKeys.detail(eventId), 'delegates'] as const,
  friendDevices: (eventId: string, userId: string) => [...eventKeys.detail(eventId), 'delegates', userId, 'devices'] as const,
  myDelegations: () => [...eventKeys.all, 'my-delegations'] as const,
};

/** This tab's session (device) id, from the list of my signed-in devices. */
export function useCurrentSessionId(): string | undefined {
  return useDevices().data?.find((d) => d.current)?.id;
}

/** Makes this tab the event's player device; the room shows it at once (the server broadcasts `player.changed`). */
export function useBecomePlayer(eventId: string) {
  const queryClient = useQueryClient();
  const sessionId = useCurrentSessionId();
  return useMutation({
    mutationFn: () => {
      if (!sessionId) throw new Error('This device is not known yet: try again in a moment.');
      return call(apiClient.PUT('/api/events/{id}/player', { params: { path: { id: eventId } }, body: { sessionId } }));
    },
    onSuccess: (player) =>
      queryClient.setQueryData<EventDetail>(eventKeys.detail(eventId), (current) => (current ? { ...current, player, isPlayer: true } : current)),
  });
}

/** Play, pause, next (with `fromEntryId`, idempotent) or seek; the room follows through `playback.changed`. */
export function usePlaybackCommand(eventId: string) {
  return useMutation({
    mutationFn: (body: PlaybackCommand) => call(apiClient.POST('/api/events/{id}/playback', { params: { path: { id: eventId } }, body })),
  });
}

/** The crowd-skip tally of the entry on the deck; `playback.skip_votes_changed` frames keep it current. */
export function useSkipVotes(eventId: string, entryId: string | null) {
  return useQuery({
    queryKey: playbackKeys.skipVotes(eventId, entryId ?? 'none'),
    queryFn: () => call(apiClient.GET('/api/events/{id}/playback/skip-vote', { params: { path: { id: eventId } } })),
    enabled: entryId !== null,
  });
}

/** Vote to skip the entry on the deck (refused if another one is playing by now), or withdraw the vote. */
export function useSkipVote(event: EventDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entryId, skip }: { entryId: string; skip: boolean }) => {
      const path = { id: event.id };
      if (!skip) return call(apiClient.DELETE('/api/events/{id}/playback/skip-vote', { params: { path }, body: { entryId } }));
      const location = event.geo ? await currentLocation() : undefined;
      return call(apiClient.PUT('/api/events/{id}/playback/skip-vote', { params: { path }, body: { entryId, ...(location ? { location } : {}) } }));
    },
    onSuccess: (tally, { entryId }) => queryClient.setQueryData(playbackKeys.skipVotes(event.id, entryId), tally),
  });
}

/** The event's delegations (owner's view). */
export function useDelegates(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: playbackKeys.delegates(eventId),
    queryFn: () => call(apiClient.GET('/api/events/{id}/delegates', { params: { path: { id: eventId } } })),
    enabled,
  });
}

/** A friend's signed-in devices, and which the current grant covers, to choose from. */
export function useFriendDevices(eventId: string, userId: string | null) {
  return useQuery({
    queryKey: playbackKeys.friendDevices(eventId, userId ?? 'none'),
    queryFn: () => call(apiClient.GET('/api/events/{id}/delegates/{userId}/devices', { params: { path: { id: eventId, userId: userId ?? '' } } })),
    enabled: userId !== null,
  });
}

export function useGrantDelegate(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, devices }: { userId: string; devices: 'all' | string[] }) =>
      call(apiClient.PUT('/api/events/{id}/delegates/{userId}', { params: { path: { id: eventId, userId } }, body: { devices } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: playbackKeys.delegates(eventId) }),
  });
}

export function useRevokeDelegate(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => call(apiClient.DELETE('/api/events/{id}/delegates/{userId}', { params: { path: { id: eventId, userId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: playbackKeys.delegates(eventId) }),
  });
}

/** The grants other owners gave me, with the devices each covers. */
export function useMyDelegations() {
  return useQuery({ queryKey: playbackKeys.myDelegations(), queryFn: () => call(apiClient.GET('/api/delegations')) });
}
