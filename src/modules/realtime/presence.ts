import { Injectable, Logger } from '@nestjs/common';
import { RoomDelivery } from './room-delivery';
import type { RealtimeServer } from './socket-types';

const DEBOUNCE_MS = 150;

/**
 * Listener counts of event rooms: distinct users across every instance (the adapter's fetchSockets).
 * When Redis is down the fetch times out (the adapter's requestsTimeout) and the count falls back to this
 * instance's own sockets.
 */
@Injectable()
export class Presence {
  private readonly logger = new Logger(Presence.name);
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delivery: RoomDelivery) {}

  /** Recounts a room soon, once for a burst of joins and leaves. */
  touch(server: RealtimeServer, room: string): void {
    if (!room.startsWith('event:') || this.pending.has(room)) return;
    const timer = setTimeout(() => {
      this.pending.delete(room);
      this.broadcast(server, room).catch((error: unknown) => this.logger.warn({ err: error, room }, 'Presence update failed'));
    }, DEBOUNCE_MS);
    timer.unref();
    this.pending.set(room, timer);
  }

  async listeners(server: RealtimeServer, room: string): Promise<number> {
    try {
      const sockets = await server.in(room).fetchSockets();
      return new Set(sockets.map((s) => s.data.user.id)).size;
    } catch {
      const local = server.of('/').adapter.rooms.get(room) ?? new Set<string>();
      const users = [...local].map((id) => server.of('/').sockets.get(id)?.data.user?.id).filter(Boolean);
      return new Set(users).size;
    }
  }

  private async broadcast(server: RealtimeServer, room: string): Promise<void> {
    const listeners = await this.listeners(server, room);
    await this.delivery.send(server, room, 'presence', { room, at: new Date().toISOString(), listeners });
  }

  stop(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
