import { io, type Socket } from 'socket.io-client';

/** A room listener as a client app keeps it: it tracks the room's version and notices gaps. */
export class RoomListener {
  readonly socket: Socket;
  version = 0;
  frames = 0;
  gaps = 0;

  constructor(origin: string, token: string, private readonly room: string) {
    this.socket = io(origin, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
    this.socket.onAny((_event: string, payload: { room?: string; version?: number }) => {
      if (payload.room !== room || typeof payload.version !== 'number' || payload.version === 0) return;
      this.frames++;
      if (payload.version > this.version + 1) this.gaps++;
      this.version = Math.max(this.version, payload.version);
    });
    this.socket.on('connect', () => void this.subscribe());
  }

  async subscribe(): Promise<void> {
    const ack = (await this.socket.timeout(5_000).emitWithAck('subscribe', { room: this.room })) as { ok: boolean; version?: number };
    if (ack.ok && typeof ack.version === 'number') this.version = Math.max(this.version, ack.version);
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  close(): void {
    this.socket.close();
  }
}
