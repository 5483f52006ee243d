import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { DomainEvents } from '../../common/events/domain-events';
import { EventBus } from '../../common/events/event-bus';
import type { ServerFrames, VersionedFrameName } from '../../contracts/realtime';
import { EVENT_DOMAIN_EVENTS } from '../events';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccess } from './room-access';
import { emitFrame } from './socket-types';
import { eventRoom, parseRoom, playlistRoom, sessionRoom, userRoom } from './rooms';

const PLAYLIST_RELAYED = ['playlist.updated', 'playlist.track_added', 'playlist.track_moved', 'playlist.track_removed', 'playlist.deleted'] as const;

/** Removes the routing key, adds the room: the payload clients receive (docs/api.md "Realtime"). */
function envelope<T extends object, K extends keyof T>(room: string, payload: T, routingKey: K): Omit<T, K> & { room: string } {
  const rest = Object.fromEntries(Object.entries(payload).filter(([key]) => key !== routingKey)) as Omit<T, K>;
  return { room, ...rest };
}

/**
 * Delivers domain events to Socket.IO rooms (across instances through the adapter) and keeps room
 * membership in step with visibility: a kicked member, a deleted event or an event made private loses
 * the sockets that may no longer listen.
 */
@Injectable()
export class RealtimeRelay implements OnModuleInit {
  private readonly logger = new Logger(RealtimeRelay.name);

  constructor(
    private readonly bus: EventBus,
    private readonly gateway: RealtimeGateway,
    private readonly presence: Presence,
    private readonly access: RoomAccess,
  ) {}

  private get server() {
    return this.gateway.server;
  }

  onModuleInit(): void {
    for (const name of EVENT_DOMAIN_EVENTS) {
      this.bus.subscribe(name, (payload) => this.relay(eventRoom(payload.eventId), name, envelope(eventRoom(payload.eventId), payload, 'eventId')));
    }
    for (const name of PLAYLIST_RELAYED) {
      this.bus.subscribe(name, (payload: DomainEvents[typeof name]) =>
        this.relay(playlistRoom(payload.playlistId), name, envelope(playlistRoom(payload.playlistId), payload, 'playlistId')),
      );
    }
    this.bus.subscribe('playlist.members_changed', (payload) => {
      const room = playlistRoom(payload.playlistId);
      return this.relay(room, 'members.changed', envelope(room, payload, 'playlistId'));
    });
    this.bus.subscribe('invitation.created', (invitation) => {
      this.server.to(userRoom(invitation.inviteeId)).emit('notification', {
        room: userRoom(invitation.inviteeId),
        at: invitation.at,
        type: 'invitation',
        invitationId: invitation.invitationId,
        kind: invitation.kind,
        targetId: invitation.targetId,
        invitedById: invitation.inviterId,
        role: invitation.role === 'guest' || invitation.role === 'host' ? invitation.role : null,
      });
    });
    this.bus.subscribe('friend.requested', (request) => {
      this.server.to(userRoom(request.addresseeId)).emit('notification', {
        room: userRoom(request.addresseeId),
        at: request.at,
        type: 'friend.request',
        requestId: request.requestId,
        fromUserId: request.requesterId,
      });
    });
    this.bus.subscribe('friend.accepted', (friendship) => {
      this.server.to(userRoom(friendship.requesterId)).emit('notification', {
        room: userRoom(friendship.requesterId),
        at: friendship.at,
        type: 'friend.accepted',
        userId: friendship.accepterId,
      });
    });
    this.bus.subscribe('auth.sessions_revoked', ({ sessionIds }) => {
      for (const sessionId of sessionIds) {
        this.server.to(sessionRoom(sessionId)).emit('session.ended', { reason: 'revoked' });
        this.server.in(sessionRoom(sessionId)).disconnectSockets(true);
      }
    });
  }

  private async relay<K extends VersionedFrameName>(room: string, name: K, frame: ServerFrames[K]): Promise<void> {
    emitFrame(this.server.to(room), name, frame);
    await this.keepRoomVisible(room, name, frame);
  }

  private async keepRoomVisible(room: string, name: VersionedFrameName, frame: ServerFrames[VersionedFrameName]): Promise<void> {
    if (name === 'event.deleted' || name === 'playlist.deleted') {
      this.server.in(room).socketsLeave(room);
    } else if (name === 'members.changed' && 'userId' in frame && 'role' in frame && frame.role === null) {
      await this.evictIfInvisible(room, [frame.userId]);
    } else if (name === 'event.updated' || name === 'playlist.updated') {
      const sockets = await this.server.in(room).fetchSockets().catch(() => []);
      await this.evictIfInvisible(room, [...new Set(sockets.map((s) => s.data.user.id))]);
    }
  }

  private async evictIfInvisible(roomName: string, userIds: string[]): Promise<void> {
    const room = parseRoom(roomName);
    if (!room) return;
    for (const userId of userIds) {
      try {
        if (!(await this.access.canJoin(userId, room))) this.server.in(userRoom(userId)).socketsLeave(roomName);
      } catch (error) {
        this.logger.warn({ err: error, room: roomName }, 'Could not re-check room access');
      }
    }
    this.presence.touch(this.server, roomName);
  }
}
