import type { RealtimeSocket } from '../realtime/connection';

type Handler = (...args: unknown[]) => void;

/** A stand-in for the Socket.IO client socket: records what the app sends and lets a test play the server. */
export class FakeSocket {
  readonly sent: Array<{ event: string; payload: unknown }> = [];
  connects = 0;
  connected = false;
  active = false;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly managerHandlers = new Map<string, Set<Handler>>();
  readonly io = {
    on: (event: string, handler: Handler) => {
      this.add(this.managerHandlers, event, handler);
      return this.io;
    },
  };

  on(event: string, handler: Handler): this {
    this.add(this.handlers, event, handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  emit(event: string, payload: unknown, ack?: (result: unknown) => void): this {
    this.sent.push({ event, payload });
    ack?.({ ok: true, expiresAt: new Date().toISOString() });
    return this;
  }

  connect(): this {
    this.connects += 1;
    this.active = true;
    return this;
  }

  disconnect(): this {
    const wasConnected = this.connected;
    this.active = false;
    this.connected = false;
    if (wasConnected) this.serverEmit('disconnect', 'io client disconnect');
    return this;
  }

  /** The server (or the transport) emitting `event` to this socket. */
  serverEmit(event: string, ...args: unknown[]): void {
    if (event === 'connect') this.connected = true;
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  managerEmit(event: string, ...args: unknown[]): void {
    for (const handler of this.managerHandlers.get(event) ?? []) handler(...args);
  }

  listeners(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }

  asSocket(): RealtimeSocket {
    return this as unknown as RealtimeSocket;
  }

  private add(map: Map<string, Set<Handler>>, event: string, handler: Handler): void {
    const set = map.get(event) ?? new Set<Handler>();
    set.add(handler);
    map.set(event, set);
  }
}
