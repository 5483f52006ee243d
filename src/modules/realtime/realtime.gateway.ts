import { Inject, Logger, OnModuleDestroy, UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { MAX_SUBSCRIPTIONS_PER_SOCKET, type Ack } from '../../contracts/realtime';
import { AccessTokens } from '../auth';
import { Presence } from './presence';
import { RoomAccess } from './room-access';
import { parseRoom, sessionRoom, userRoom } from './rooms';
import { clientOf, SocketActionLog } from './socket-action-log';
import { limitClientEvents } from './socket-limits';
import type { RealtimeServer, RealtimeSocket } from './socket-types';

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : 'UNAUTHENTICATED');
const isRoomOfContent = (room: string) => room.startsWith('event:') || room.startsWith('playlist:');

/** Connections, authentication and room subscriptions. Delivery is the RealtimeRelay's job. */
@WebSocketGateway()
@UseInterceptors(SocketActionLog)
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  private readonly socketsPerUser: number;

  @WebSocketServer()
  server: RealtimeServer;

  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly access: RoomAccess,
    private readonly presence: Presence,
    private readonly actionLog: SocketActionLog,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.socketsPerUser = config.limits.socketsPerUser;
  }

  afterInit(server: RealtimeServer): void {
    server.use((socket, next) => {
      const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
      if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
        next(Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } }));
        return;
      }
      this.accessTokens.verifyWithExpiry(token).then(
        ({ user, expiresAt }) => {
          socket.data = { user, expiresAt: expiresAt.getTime(), client: clientOf(socket.handshake), connectedAt: Date.now() };
          next();
        },
        (error: unknown) => next(Object.assign(new Error('UNAUTHENTICATED'), { data: { code: codeOf(error) } })),
      );
    });
  }

  handleConnection(socket: RealtimeSocket): void {
    const { user } = socket.data;
    void Promise.resolve(socket.join([userRoom(user.id), sessionRoom(user.sessionId)])).then(() => this.capSocketsOf(user.id));
    limitClientEvents(socket);
    this.scheduleExpiry(socket);
    socket.on('disconnecting', () => {
      for (const room of socket.rooms) if (isRoomOfContent(room)) this.presence.touch(this.server, room);
    });
    socket.on('disconnect', (reason) => {
      this.clearExpiry(socket);
      this.actionLog.log(socket, 'disconnect', { reason });
    });
    this.actionLog.log(socket, 'connect');
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<Ack<{ version: number }>> {
    const room = parseRoom((body as { room?: unknown } | undefined)?.room);
    if (!room) return { ok: false, code: 'VALIDATION_FAILED', message: 'room must be "event:<uuid>" or "playlist:<uuid>".' };
    const joined = [...socket.rooms].filter(isRoomOfContent);
    if (!joined.includes(room.name) && joined.length >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return { ok: false, code: 'RATE_LIMITED', message: `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} rooms per connection.` };
    }
    try {
      const visible = await this.access.canJoin(socket.data.user.id, room);
      if (!visible) return { ok: false, code: 'NOT_FOUND', message: 'No such room, or you may not see it.' };
      await socket.join(room.name);
      this.presence.touch(this.server, room.name);
      return { ok: true, version: visible.version };
    } catch (error) {
      this.logger.error({ err: error, room: room.name }, 'Subscribe failed');
      return { ok: false, code: 'INTERNAL', message: 'The subscription failed; try again.' };
    }
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<Ack> {
    const room = parseRoom((body as { room?: unknown } | undefined)?.room);
    if (!room) return { ok: false, code: 'VALIDATION_FAILED', message: 'room must be "event:<uuid>" or "playlist:<uuid>".' };
    await socket.leave(room.name);
    this.presence.touch(this.server, room.name);
    return { ok: true };
  }

  @SubscribeMessage('auth.refresh')
  async refresh(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<Ack<{ expiresAt: string }>> {
    const token = (body as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length > 4096) return { ok: false, code: 'VALIDATION_FAILED', message: 'token is required.' };
    try {
      const { user, expiresAt } = await this.accessTokens.verifyWithExpiry(token);
      if (user.id !== socket.data.user.id) return { ok: false, code: 'FORBIDDEN', message: 'The token belongs to another user.' };
      if (user.sessionId !== socket.data.user.sessionId) {
        await socket.leave(sessionRoom(socket.data.user.sessionId));
        await socket.join(sessionRoom(user.sessionId));
      }
      socket.data = { ...socket.data, user, expiresAt: expiresAt.getTime() };
      this.scheduleExpiry(socket);
      return { ok: true, expiresAt: expiresAt.toISOString() };
    } catch (error) {
      return { ok: false, code: codeOf(error), message: 'The token was refused; sign in again.' };
    }
  }

  /**
   * At most SOCKETS_PER_USER sockets per user on all instances (security finding 10): the oldest ones are told
   * why and disconnected. Two connections racing may both close the same oldest socket, which is harmless.
   */
  private async capSocketsOf(userId: string): Promise<void> {
    if (this.socketsPerUser <= 0) return;
    try {
      const room = userRoom(userId);
      const sockets = await this.server
        .in(room)
        .fetchSockets()
        .catch(() => this.server.local.in(room).fetchSockets());
      if (sockets.length <= this.socketsPerUser) return;
      const oldestFirst = [...sockets].sort((a, b) => a.data.connectedAt - b.data.connectedAt || a.id.localeCompare(b.id));
      for (const extra of oldestFirst.slice(0, sockets.length - this.socketsPerUser)) {
        extra.emit('session.ended', { reason: 'too_many_connections' });
        extra.disconnect(true);
      }
    } catch (error) {
      this.logger.warn({ err: error, userId }, 'Could not enforce the socket cap');
    }
  }

  private scheduleExpiry(socket: RealtimeSocket): void {
    this.clearExpiry(socket);
    const timer = setTimeout(
      () => {
        socket.emit('session.ended', { reason: 'expired' });
        socket.disconnect(true);
      },
      Math.max(0, socket.data.expiresAt - Date.now()),
    );
    timer.unref();
    this.expiryTimers.set(socket.id, timer);
  }

  private clearExpiry(socket: RealtimeSocket): void {
    clearTimeout(this.expiryTimers.get(socket.id));
    this.expiryTimers.delete(socket.id);
  }

  onModuleDestroy(): void {
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
    this.expiryTimers.clear();
    this.presence.stop();
  }
}
