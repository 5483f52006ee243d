import type { Type } from '@nestjs/common';
import {
  EVENT_MEMBER_ROLES,
  MAX_SUBSCRIPTIONS_PER_SOCKET,
  PLAYLIST_MEMBER_ROLES,
  SESSION_END_REASONS,
  type ClientActionName,
  type ClientActions,
  type NotificationFrame,
  type NotificationType,
  type ServerFrameName,
  type ServerFrames,
  type VersionedFrame,
} from '../../contracts/realtime';
import { EventSettingsDto, PLAYBACK_CHANGE_REASONS, PlaybackDto, PlayerDto, QueueEntryBaseDto } from '../events';
import { PlaylistEntryDto, PlaylistMetadataDto } from '../playlists';

/**
 * The realtime contract's runtime description, from which `asyncapi.json` is generated. It is typed against
 * the contract: a frame or field added to `src/contracts/realtime.ts` does not compile until it is described
 * here, and a frame's `versioned` flag must agree with its payload type.
 */
export type JsonSchema = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonSchema;

/** One payload field: a DTO class REST also returns (by its OpenAPI schema) or an inline JSON schema. */
export type FieldSpec = { description: string; optional?: true } & ({ dto: Type<object>; nullable?: true } | { schema: JsonSchema });
type RequiredField = FieldSpec & { optional?: never };

type EnvelopeKey = keyof VersionedFrame;
type OptionalKeys<P> = { [F in keyof P]-?: object extends Pick<P, F> ? F : never }[keyof P];
/** Every field of P beyond the envelope, each described; optional fields must say so. */
export type Fields<P, Omitted extends PropertyKey = never> = {
  [F in Exclude<keyof P, EnvelopeKey | Omitted>]-?: F extends OptionalKeys<P> ? FieldSpec & { optional: true } : RequiredField;
};

/** Where a frame is delivered: a content room a client subscribes to, its user room, or its own socket. */
export type RoomChannel = 'event' | 'playlist' | 'user' | 'socket';

interface FrameBase<P> {
  summary: string;
  description: string;
  channels: readonly RoomChannel[];
  /** Must match the payload type: true exactly when the frame carries `version` (state changes). */
  versioned: P extends VersionedFrame ? true : false;
  /** Whether the frame has the `room`/`at` envelope. */
  enveloped: P extends { room: string } ? true : false;
}

export type FrameSpec<P> = FrameBase<P> & { fields: Fields<P> };
export type UnionFrameSpec<U extends { type: string }> = FrameBase<U> & {
  variants: { [T in U['type']]: { summary: string; fields: Fields<Extract<U, { type: T }>, 'type'> } };
};

export type ServerFrameCatalog = { [K in Exclude<ServerFrameName, 'notification'>]: FrameSpec<ServerFrames[K]> } & {
  notification: UnionFrameSpec<NotificationFrame>;
};

type AckOf<K extends ClientActionName> = Extract<ClientActions[K][1], { ok: true }>;
export type ClientActionCatalog = {
  [K in ClientActionName]: { summary: string; description: string; request: Fields<ClientActions[K][0]>; ack: Fields<AckOf<K>, 'ok'> };
};

const uuid = (description: string): RequiredField => ({ description, schema: { type: 'string', format: 'uuid', maxLength: 36 } });
const oneOf = (description: string, values: readonly string[], nullable = false): RequiredField => ({
  description,
  schema: nullable ? { type: ['string', 'null'], enum: [...values, null] } : { type: 'string', enum: [...values] },
});
const ROOM_FIELD: RequiredField = { description: '`event:<uuid>` or `playlist:<uuid>`.', schema: { type: 'string', maxLength: 100, pattern: '^(event|playlist):[0-9a-fA-F-]{36}$' } };

const inEvent = { channels: ['event'], versioned: true, enveloped: true } as const;
const inPlaylist = { channels: ['playlist'], versioned: true, enveloped: true } as const;

export const SERVER_FRAMES: ServerFrameCatalog = {
  'event.updated': {
    ...inEvent,
    summary: 'The event settings changed',
    description: 'Name, description, visibility, licence, area, window or limits changed. Per-viewer fields are read over REST.',
    fields: { event: { description: 'The event settings, as in `GET /api/events/{id}`.', dto: EventSettingsDto } },
  },
  'event.deleted': {
    ...inEvent,
    summary: 'The event was deleted',
    description: 'The server removes every socket from the room after this frame.',
    fields: {},
  },
  'queue.track_added': {
    ...inEvent,
    summary: 'A track was proposed',
    description: 'A new queue entry: score 0, nobody voted yet.',
    fields: { entry: { description: 'The new entry.', dto: QueueEntryBaseDto } },
  },
  'queue.track_removed': {
    ...inEvent,
    summary: 'A track left the queue',
    description: 'Removed by its proposer or a host, or moved to the deck (`reason: "playing"`).',
    fields: { entryId: uuid('The entry that left.'), reason: oneOf('Why it left.', ['removed', 'playing']) },
  },
  'queue.vote_changed': {
    ...inEvent,
    summary: "An entry's score changed",
    description: 'A vote was cast or withdrawn. `votedByMe` is not sent: the voter reads it in the vote response.',
    fields: { entryId: uuid('The entry voted on.'), score: { description: 'The new score.', schema: { type: 'integer', minimum: 0 } } },
  },
  'playback.changed': {
    ...inEvent,
    summary: 'Playback changed',
    description: 'Play, pause, seek or a new track on the deck, by a controller or by the server itself (auto-advance, crowd skip).',
    fields: {
      playback: { description: 'The deck; null when nothing is on it any more.', dto: PlaybackDto, nullable: true },
      reason: oneOf(
        'play, pause, seek, next: a controller’s command; auto_advance: the track ended and no device sent next within the grace; crowd_skip: the skip votes reached the threshold.',
        [...PLAYBACK_CHANGE_REASONS],
      ),
    },
  },
  'playback.skip_votes_changed': {
    ...inEvent,
    summary: 'Crowd-skip votes changed',
    description: 'A listener or member voted to skip the track on the deck, or withdrew the vote. Votes start from zero for each track.',
    fields: {
      entryId: uuid('The entry on the deck the votes are for.'),
      votes: { description: 'Votes to skip it.', schema: { type: 'integer', minimum: 0 } },
      threshold: { description: 'Votes that skip it: skipThreshold, or half the connected listeners, at least 3.', schema: { type: 'integer', minimum: 1 } },
    },
  },
  'player.changed': {
    ...inEvent,
    summary: 'The player device changed',
    description: 'Another device now plays the audio of the event (or none does). Each client recomputes whether it is the player.',
    fields: { player: { description: 'The player device; null when none is chosen.', dto: PlayerDto, nullable: true } },
  },
  'members.changed': {
    channels: ['event', 'playlist'],
    versioned: true,
    enveloped: true,
    summary: "A member's place changed",
    description: 'Someone joined, left, was invited in, removed, promoted or demoted. A removed user leaves the room at once.',
    fields: {
      userId: uuid('The member concerned.'),
      role: oneOf('Their place now; null: no longer a member.', [...EVENT_MEMBER_ROLES, ...PLAYLIST_MEMBER_ROLES], true),
      isDelegate: { description: 'Event rooms only: whether they may control playback as a delegate.', optional: true, schema: { type: 'boolean' } },
    },
  },
  'playlist.updated': {
    ...inPlaylist,
    summary: 'The playlist metadata changed',
    description: 'Name, description, visibility or edit licence changed.',
    fields: { playlist: { description: 'The metadata, as in `GET /api/playlists/{id}`.', dto: PlaylistMetadataDto } },
  },
  'playlist.deleted': {
    ...inPlaylist,
    summary: 'The playlist was deleted',
    description: 'The server removes every socket from the room after this frame.',
    fields: {},
  },
  'playlist.track_added': {
    ...inPlaylist,
    summary: 'A track was added',
    description: 'The new entry, with its position.',
    fields: { entry: { description: 'The new entry.', dto: PlaylistEntryDto } },
  },
  'playlist.track_moved': {
    ...inPlaylist,
    summary: 'A track moved',
    description: 'The entry got a new fractional index; order entries by `position`, byte-wise.',
    fields: {
      entryId: uuid('The entry moved.'),
      position: { description: 'Its new fractional index.', schema: { type: 'string', maxLength: 200 } },
    },
  },
  'playlist.track_removed': {
    ...inPlaylist,
    summary: 'A track was removed',
    description: 'The entry is gone from the playlist.',
    fields: { entryId: uuid('The entry removed.') },
  },
  presence: {
    channels: ['event'],
    versioned: false,
    enveloped: true,
    summary: 'The number of listeners changed',
    description: 'Distinct signed-in users watching the event room, across instances. Changes no state, so it carries no version.',
    fields: { listeners: { description: 'Distinct users in the room.', schema: { type: 'integer', minimum: 0 } } },
  },
  notification: {
    channels: ['user'],
    versioned: false,
    enveloped: true,
    summary: 'Something for this user',
    description: 'Delivered in the user room every socket joins. Not versioned: refetch the list it concerns.',
    variants: {
      invitation: {
        summary: 'You were invited to an event or a playlist',
        fields: {
          invitationId: uuid('The invitation (accept or decline it over REST).'),
          kind: oneOf('What you are invited to.', ['event', 'playlist']),
          targetId: uuid('The event or playlist.'),
          invitedById: uuid('Who invited you.'),
          role: oneOf('Your role once accepted (events); null for playlists.', ['guest', 'host'], true),
        },
      },
      'friend.request': {
        summary: 'Someone asked to be your friend',
        fields: { requestId: uuid('The friend request (accept or decline it over REST).'), fromUserId: uuid('Who asked.') },
      },
      'friend.accepted': {
        summary: 'Your friend request was accepted',
        fields: { userId: uuid('Your new friend.') },
      },
    } satisfies Record<NotificationType, unknown>,
  },
  'session.ended': {
    channels: ['socket'],
    versioned: false,
    enveloped: false,
    summary: 'This session ended',
    description: 'Sent just before the server disconnects the socket: its token expired, or its session was revoked.',
    fields: { reason: oneOf('`expired`: refresh and reconnect; `revoked`: sign in again.', SESSION_END_REASONS) },
  },
};

export const CLIENT_ACTIONS: ClientActionCatalog = {
  subscribe: {
    summary: 'Join a room',
    description: `Same visibility rules as REST; at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} rooms per connection (then RATE_LIMITED).`,
    request: { room: ROOM_FIELD },
    ack: { version: { description: "The room's current version: later frames carry version + 1, + 2, …", schema: { type: 'integer', minimum: 0 } } },
  },
  unsubscribe: {
    summary: 'Leave a room',
    description: 'Leaving a room you are not in also succeeds.',
    request: { room: ROOM_FIELD },
    ack: {},
  },
  'auth.refresh': {
    summary: 'Hand the socket a fresh access token',
    description: 'Keeps the socket connected past the current token expiry. The token must belong to the same user.',
    request: { token: { description: 'A fresh access token.', schema: { type: 'string', maxLength: 4096 } } },
    ack: { expiresAt: { description: 'When the new token expires (ISO-8601).', schema: { type: 'string', format: 'date-time', maxLength: 40 } } },
  },
};
