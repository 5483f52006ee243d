/**
 * The realtime contract (docs/api.md "Realtime"): every Socket.IO frame, by event name, with its payload type.
 * Entity payloads are the DTO classes REST returns, so one change to a DTO reaches both transports.
 * `asyncapi.json` is generated from this map and the DTOs' metadata (`npm run asyncapi`).
 *
 * Version rule: only frames that change an event's or a playlist's state carry `version` (`VersionedFrame`),
 * and each one is exactly the previous version + 1; a client that sees a gap refetches the room over REST.
 * `presence`, `notification` and `session.ended` change no room state and carry no version.
 */
import type { EventSettingsDto, PlaybackChangeReason, PlaybackDto, PlayerDto, QueueEntryBaseDto } from '../modules/events';
import type { PlaylistEntryDto, PlaylistMetadataDto } from '../modules/playlists';
import type { ErrorCode } from './error-codes';

export type RoomKind = 'event' | 'playlist';
export type RoomName = `event:${string}` | `playlist:${string}`;

/** What every room frame carries: the room it was delivered to and when it happened (ISO-8601 server time). */
export interface Envelope {
  room: string;
  at: string;
}

/** A frame that changed the room's state: `version` is the room's version right after the change. */
export interface VersionedFrame extends Envelope {
  version: number;
}

export interface EventUpdatedFrame extends VersionedFrame {
  event: EventSettingsDto;
}
export type EventDeletedFrame = VersionedFrame;
export interface QueueTrackAddedFrame extends VersionedFrame {
  /** A new entry: score 0, nobody voted yet. */
  entry: QueueEntryBaseDto;
}
export interface QueueTrackRemovedFrame extends VersionedFrame {
  entryId: string;
  /** `removed` by its proposer or a host, or `playing`: it left the queue for the deck. */
  reason: 'removed' | 'playing';
}
export interface QueueVoteChangedFrame extends VersionedFrame {
  entryId: string;
  score: number;
}
export interface PlaybackChangedFrame extends VersionedFrame {
  /** Null when nothing is on the deck any more. */
  playback: PlaybackDto | null;
  /**
   * `play`, `pause`, `seek`, `next`: a controller's command; `auto_advance`: the track ended and no device sent
   * `next` within the grace; `crowd_skip`: the skip votes reached the threshold.
   */
  reason: PlaybackChangeReason;
}

/** Crowd skip: the votes to skip the entry on the deck changed. */
export interface SkipVotesChangedFrame extends VersionedFrame {
  entryId: string;
  votes: number;
  /** Votes that skip it (the event's skipThreshold, or half the connected listeners, at least 3). */
  threshold: number;
}

export interface PlayerChangedFrame extends VersionedFrame {
  /** The device that plays the event's audio now (`PUT /api/events/{id}/player`); null when none does. */
  player: PlayerDto | null;
}

export const EVENT_MEMBER_ROLES = ['host', 'guest', 'listener'] as const;
export const PLAYLIST_MEMBER_ROLES = ['editor'] as const;

/** A member's place changed. `role` null: no longer a member. `isDelegate` is sent in event rooms only. */
export interface MembersChangedFrame extends VersionedFrame {
  userId: string;
  role: (typeof EVENT_MEMBER_ROLES)[number] | (typeof PLAYLIST_MEMBER_ROLES)[number] | null;
  isDelegate?: boolean;
}

export interface PlaylistUpdatedFrame extends VersionedFrame {
  playlist: PlaylistMetadataDto;
}
export type PlaylistDeletedFrame = VersionedFrame;
export interface PlaylistTrackAddedFrame extends VersionedFrame {
  entry: PlaylistEntryDto;
}
export interface PlaylistTrackMovedFrame extends VersionedFrame {
  entryId: string;
  /** The entry's new fractional index: order entries by `position` (byte order). */
  position: string;
}
export interface PlaylistTrackRemovedFrame extends VersionedFrame {
  entryId: string;
}

/** Distinct signed-in users watching an event room, across instances. Changes no state: no version. */
export interface PresenceFrame extends Envelope {
  listeners: number;
}

export interface InvitationNotification extends Envelope {
  type: 'invitation';
  invitationId: string;
  kind: RoomKind;
  targetId: string;
  invitedById: string;
  /** `guest` or `host` for events; null for playlists. */
  role: 'guest' | 'host' | null;
}
export interface FriendRequestNotification extends Envelope {
  type: 'friend.request';
  /** The friend request's id (accept or decline it over REST). */
  requestId: string;
  fromUserId: string;
}
export interface FriendAcceptedNotification extends Envelope {
  type: 'friend.accepted';
  userId: string;
}
/** Delivered in the user's own room (`user:<id>`); not versioned: refetch the list it concerns. */
export type NotificationFrame = InvitationNotification | FriendRequestNotification | FriendAcceptedNotification;
export type NotificationType = NotificationFrame['type'];

export const SESSION_END_REASONS = ['expired', 'revoked', 'too_many_connections'] as const;
/**
 * Sent just before the server disconnects a socket whose token expired, whose session ended, or that is the
 * oldest of a user holding more sockets than SOCKETS_PER_USER.
 */
export interface SessionEndedFrame {
  reason: (typeof SESSION_END_REASONS)[number];
}

/** Server → client frames: event name → payload type. */
export interface ServerFrames {
  'event.updated': EventUpdatedFrame;
  'event.deleted': EventDeletedFrame;
  'queue.track_added': QueueTrackAddedFrame;
  'queue.track_removed': QueueTrackRemovedFrame;
  'queue.vote_changed': QueueVoteChangedFrame;
  'playback.changed': PlaybackChangedFrame;
  'playback.skip_votes_changed': SkipVotesChangedFrame;
  'members.changed': MembersChangedFrame;
  'player.changed': PlayerChangedFrame;
  'playlist.updated': PlaylistUpdatedFrame;
  'playlist.deleted': PlaylistDeletedFrame;
  'playlist.track_added': PlaylistTrackAddedFrame;
  'playlist.track_moved': PlaylistTrackMovedFrame;
  'playlist.track_removed': PlaylistTrackRemovedFrame;
  presence: PresenceFrame;
  notification: NotificationFrame;
  'session.ended': SessionEndedFrame;
}
export type ServerFrameName = keyof ServerFrames;

/** The frames that carry `version` (the version rule above), derived from the payload types. */
export type VersionedFrameName = { [K in ServerFrameName]: ServerFrames[K] extends VersionedFrame ? K : never }[ServerFrameName];

/** A refused client action: a stable code of the error contract, and a sentence for people. */
export interface AckError {
  ok: false;
  code: ErrorCode;
  message: string;
}
export type Ack<T extends object = object> = ({ ok: true } & T) | AckError;

export interface RoomRequest {
  /** `event:<uuid>` or `playlist:<uuid>`. */
  room: string;
}
export interface AuthRefreshRequest {
  /** A fresh access token of the same user. */
  token: string;
}
export interface SubscribeAck {
  /** The room's current version: later frames carry version + 1, + 2, … */
  version: number;
}
export interface AuthRefreshAck {
  /** When the new token expires (ISO-8601); the socket is disconnected then unless refreshed again. */
  expiresAt: string;
}

/** Client → server actions, each answered by an acknowledgement: action name → [request, ack payload]. */
export interface ClientActions {
  subscribe: [RoomRequest, Ack<SubscribeAck>];
  unsubscribe: [RoomRequest, Ack];
  'auth.refresh': [AuthRefreshRequest, Ack<AuthRefreshAck>];
}
export type ClientActionName = keyof ClientActions;

/** The Socket.IO typings (server and client) derived from the two maps above. */
export type ServerToClientEvents = { [K in ServerFrameName]: (payload: ServerFrames[K]) => void };
export type ClientToServerEvents = {
  [K in ClientActionName]: (payload: ClientActions[K][0], ack: (result: ClientActions[K][1]) => void) => void;
};

export const MAX_SUBSCRIPTIONS_PER_SOCKET = 50;
