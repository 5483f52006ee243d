import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { type Observable, tap } from 'rxjs';
import type { Ack } from '../../contracts/realtime';
import type { ClientInfo, RealtimeSocket } from './socket-types';

const MAX_CLIENT_FIELD = 120;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_CLIENT_FIELD) : undefined;

/**
 * The calling app, as HTTP logs it: `X-Client-Platform`, `X-Client-Device` and `X-Client-App-Version`
 * handshake headers, or the same values in the handshake's `auth` (`platform`, `device`, `appVersion`),
 * which browsers can send when they cannot set headers on a WebSocket.
 */
export function clientOf(handshake: { headers: Record<string, string | string[] | undefined>; auth: unknown }): ClientInfo {
  const auth = (typeof handshake.auth === 'object' && handshake.auth !== null ? handshake.auth : {}) as Record<string, unknown>;
  const header = (name: string) => text(Array.isArray(handshake.headers[name]) ? handshake.headers[name][0] : handshake.headers[name]);
  return {
    platform: header('x-client-platform') ?? text(auth.platform),
    device: header('x-client-device') ?? text(auth.device),
    appVersion: header('x-client-app-version') ?? text(auth.appVersion),
  };
}

const roomOf = (body: unknown): string | undefined => text((body as { room?: unknown } | undefined)?.room);

/** One log line per socket action (connect, subscribe, unsubscribe, auth.refresh, disconnect), with the client fields of HTTP logs. */
@Injectable()
export class SocketActionLog implements NestInterceptor {
  private readonly logger = new Logger('Socket');

  log(socket: RealtimeSocket, action: string, fields: Record<string, unknown> = {}): void {
    const { user, client } = socket.data;
    this.logger.log({ action, socketId: socket.id, userId: user.id, sessionId: user.sessionId, client, ...fields }, `socket ${action}`);
  }

  intercept(context: ExecutionContext, next: CallHandler<Ack>): Observable<Ack> {
    const ws = context.switchToWs();
    const socket = ws.getClient<RealtimeSocket>();
    const action = ws.getPattern();
    const room = roomOf(ws.getData());
    return next.handle().pipe(
      tap((ack) => this.log(socket, action, { room, ok: ack.ok, ...(ack.ok ? {} : { code: ack.code }) })),
    );
  }
}
