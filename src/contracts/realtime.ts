/**
 * Socket.IO transport types shared by the gateway and the clients (API.md "Realtime"). Entity payloads
 * (`event`, `entry`, `playback`, `playlist`) have the shapes of the REST DTOs in the OpenAPI document.
 */
export type RoomKind = 'event' | 'playlist';
export type RoomName = `event:${string}` | `playlist:${string}`;

/** Every server → client payload. `version` rises by one per change of that event or playlist. */
export interface Envelope {
  room: string;
  version: number;
  at: string;
}

type Dto = Record<string, unknown>;

export interface ServerToClientEvents {
  'event.updated': (payload: Envelope & { event: Dto }) => void;
  'event.deleted': (payload: Envelope) => void;
  'queue.track_added': (payload: Envelope & { entry: Dto }) => void;
  'queue.track_removed': (payload: Envelope & { entryId: string; reason?: string }) => void;
  'queue.vote_changed': (payload: Envelope & { entryId: string; score: number }) => void;
  'playback.changed': (payload: Envelope & { playback: Dto | null }) => void;
  'members.changed': (payload: Envelope & { userId: string; role: string | null; isDelegate?: boolean }) => void;
  /** The player device changed; `player` is `{ userId, deviceName, platform }` or null. */
  'player.changed': (payload: Envelope & { player: Dto | null }) => void;
  'playlist.updated': (payload: Envelope & { playlist: Dto }) => void;
  'playlist.deleted': (payload: Envelope) => void;
  'playlist.track_added': (payload: Envelope & { entry: Dto }) => void;
  'playlist.track_moved': (payload: Envelope & { entryId: string; position: string }) => void;
  'playlist.track_removed': (payload: Envelope & { entryId: string }) => void;
  /** Distinct signed-in users watching an event room, across instances. Does not advance `version`. */
  presence: (payload: Envelope & { listeners: number }) => void;
  /** In the user's own room. `version` is 0: notifications are not versioned; refetch the list they concern. */
  notification: (payload: Envelope & { type: 'friend.request' | 'friend.accepted' | 'invitation' } & Dto) => void;
  /**
   * Sent just before the server disconnects a socket whose token expired, whose session ended, or that is the
   * oldest of a user holding more sockets than SOCKETS_PER_USER.
   */
  'session.ended': (payload: { reason: 'expired' | 'revoked' | 'too_many_connections' }) => void;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; code: string; message?: string };

export interface ClientToServerEvents {
  subscribe: (payload: { room: string }, ack: (result: Ack<{ version: number }>) => void) => void;
  unsubscribe: (payload: { room: string }, ack: (result: Ack) => void) => void;
  /** Hands the socket a fresh access token before the current one expires, keeping it connected. */
  'auth.refresh': (payload: { token: string }, ack: (result: Ack<{ expiresAt: string }>) => void) => void;
}

export const MAX_SUBSCRIPTIONS_PER_SOCKET = 50;
