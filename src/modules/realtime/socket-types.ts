import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../../common/auth';
import type { ClientToServerEvents, ServerFrameName, ServerFrames, ServerToClientEvents } from '../../contracts/realtime';

/** What a socket carries once authenticated; serializable, since other instances read it (fetchSockets). */
export interface SocketData {
  user: AuthUser;
  expiresAt: number;
  client: ClientInfo;
  /** Epoch ms: the oldest sockets go first when a user holds too many. */
  connectedAt: number;
}

/** The calling app, logged with every socket action like HTTP requests are. */
export interface ClientInfo {
  platform?: string;
  device?: string;
  appVersion?: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type InterServerEvents = {};

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Something frames can be sent to: the server, a room (`server.to(room)`) or one socket. */
interface FrameTarget {
  emit(event: string, ...args: unknown[]): boolean;
}

/** Sends one frame of the contract: the payload type follows from the frame's name. */
export function emitFrame<K extends ServerFrameName>(target: FrameTarget, name: K, frame: ServerFrames[K]): void {
  target.emit(name, frame);
}
