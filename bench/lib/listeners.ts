import { io, type Socket } from 'socket.io-client';
import { RawSocketListener } from './raw-socket';

export type FrameHandler = (event: string, payload: unknown) => void;

export interface Listener {
  close(): void;
}

/** A listener subscribed to one room: socket.io-client, or the raw WebSocket one for large counts. */
export async function listen(origin: string, token: string, room: string, raw: boolean, onFrame: FrameHandler): Promise<Listener> {
  if (raw) {
    const socket = await RawSocketListener.connect(origin, token, onFrame);
    const ack = await socket.emitWithAck<{ ok: boolean; code?: string }>('subscribe', { room });
    if (!ack.ok) throw new Error(`subscribe ${room} refused: ${ack.code}`);
    return socket;
  }
  const socket: Socket = io(origin, { auth: { token }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  socket.onAny(onFrame);
  const ack = (await socket.emitWithAck('subscribe', { room })) as { ok: boolean; code?: string };
  if (!ack.ok) throw new Error(`subscribe ${room} refused: ${ack.code}`);
  return { close: () => socket.close() };
}

/** Opens `count` listeners a few at a time, so the server's handshake path is not the thing measured. */
export async function listenMany(count: number, open: (index: number) => Promise<Listener>, concurrency = 50): Promise<Listener[]> {
  const listeners: Listener[] = new Array<Listener>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      listeners[i] = await open(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return listeners;
}
