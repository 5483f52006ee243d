import { Injectable, OnModuleInit } from '@nestjs/common';
import type { DomainEvents } from '../../common/events/domain-events';
import { EventBus } from '../../common/events/event-bus';
import type { ServerFrames, VersionedFrameName } from '../../contracts/realtime';
import { EVENT_DOMAIN_EVENTS } from '../events';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { RoomDelivery } from './room-delivery';
import { eventRoom, playlistRoom, sessionRoom, userRoom } from './rooms';

const PLAYLIST_RELAYED = ['playlist.updated', 'playlist.track_added', 'playlist.track_moved', 'playlist.track_removed', 'playlist.deleted'] as const;

/** Removes the routing key, adds the room: the payload clients receive (docs/api.md "Realtime"). */
function envelope<T extends object, K extends keyof T>(room: string, payload: T, routingKey: K): Omit<T, K> & { room: string } {
  const rest = Object.fromEntries(Object.entries(payload).filter(([key]) => key !== routingKey)) as Omit<T, K>;
  return { room, ...rest };
}

/**
 * Delivers domain events to Socket.IO rooms (across instances through the adapter). RoomDelivery keeps room
 * membership in step with visibility: a kicked member, a deleted event or an event made private loses the
 * sockets that may no longer listen before the frame leaves, so they never receive it.
 */
@Injectable()
export class RealtimeRelay implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly gateway: RealtimeGateway,
    private readonly presence: Presence,
    private readonly delivery: RoomDelivery,
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
    if (await this.delivery.send(this.server, room, name, frame)) this.presence.touch(this.server, room);
  }
}
