import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../../common/auth';
import type { ClientToServerEvents, ServerToClientEvents } from '../../contracts/realtime';

/** What a socket carries once authenticated; serializable, since other instances read it (fetchSockets). */
export interface SocketData {
  user: AuthUser;
  expiresAt: number;
  /** Epoch ms: the oldest sockets go first when a user holds too many. */
  connectedAt: number;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type InterServerEvents = {};

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
