import type { World } from './world';

/**
 * The owner's resource that a path parameter names, for every route in the OpenAPI document. A route with a
 * parameter this does not know fails the sweeps: a new route must say what it exposes.
 */
export function ownerParam(world: World, path: string, name: string): string | undefined {
  const r = world.own;
  const inEvents = path.startsWith('/api/events/{id}');
  const inPlaylists = path.startsWith('/api/playlists/{id}');
  const table: Record<string, () => string | undefined> = {
    id: () => {
      if (inEvents) return r.privateEventId;
      if (inPlaylists) return r.privatePlaylistId;
      if (path.startsWith('/api/friends/requests/')) return r.friendRequestId;
      if (path.startsWith('/api/invitations/')) return r.eventInvitationId;
      if (path.startsWith('/api/auth/sessions/')) return r.sessionId;
      if (path.startsWith('/api/users/')) return world.owner.id;
      return undefined;
    },
    eventId: () => r.privateEventId,
    entryId: () => (inEvents ? r.privateEntryId : inPlaylists ? r.privatePlaylistEntryId : undefined),
    invitationId: () => (inEvents ? r.eventInvitationId : inPlaylists ? r.playlistInvitationId : undefined),
    userId: () => (inEvents || inPlaylists || path.startsWith('/api/friends/') ? world.invitee.id : undefined),
    provider: () => (path.startsWith('/api/music/') ? 'bundled' : 'google'),
    providerTrackId: () => 'kevin-macleod-monkeys-spinning-monkeys',
    file: () => 'kevin-macleod-monkeys-spinning-monkeys.mp3',
    code: () => r.privateEventCode,
  };
  return table[name]?.();
}
