import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/contracts/realtime';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A Socket.IO client as the apps use it (websocket transport, token in the handshake). */
export function socketFor(url: string, token?: string): ClientSocket {
  return io(url, { path: '/socket.io', transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
}

export function connected(socket: ClientSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

export function connectError(socket: ClientSocket): Promise<Error & { data?: { code?: string } }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but a refusal was expected')));
    socket.once('connect_error', (error) => resolve(error));
  });
}

/** The version each room had when a socket subscribed to it: frames at or below it describe earlier changes. */
const subscribedVersions = new WeakMap<ClientSocket, Map<string, number>>();

/** Subscribes as the apps do, remembering the acknowledged version so that `record` skips older frames. */
export async function subscribe(socket: ClientSocket, room: string): Promise<{ ok: boolean; version?: number; code?: string }> {
  const ack = (await socket.emitWithAck('subscribe', { room })) as { ok: boolean; version?: number; code?: string };
  if (ack.ok && typeof ack.version === 'number') {
    const versions = subscribedVersions.get(socket) ?? new Map<string, number>();
    versions.set(room, ack.version);
    subscribedVersions.set(socket, versions);
  }
  return ack;
}

/**
 * Collects every payload of the given server events, in arrival order, except the frames of a room that carry a
 * version at or below the one `subscribe` acknowledged: a change made just before subscribing may still be on its
 * way, and a client (like these tests) already holds its result.
 */
export function record(socket: ClientSocket, names: Array<keyof ServerToClientEvents>): Array<{ name: string; payload: Record<string, unknown> }> {
  const seen: Array<{ name: string; payload: Record<string, unknown> }> = [];
  const wanted = new Set<string>(names);
  socket.onAny((name: string, payload: Record<string, unknown>) => {
    if (!wanted.has(name)) return;
    const known = typeof payload.room === 'string' ? subscribedVersions.get(socket)?.get(payload.room) : undefined;
    if (known !== undefined && typeof payload.version === 'number' && payload.version <= known) return;
    seen.push({ name, payload });
  });
  return seen;
}

export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
