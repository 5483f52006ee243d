import { Inject, Injectable, Logger } from '@nestjs/common';
import { mayReceive, type RoomAudience } from '../../common/access/room-audience';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { ServerFrameName, ServerFrames } from '../../contracts/realtime';
import { RoomAccess } from './room-access';
import { parseRoom, userRoom } from './rooms';
import { emitFrame, type RealtimeServer } from './socket-types';

/**
 * Sends frames about an event or a playlist only to the sockets the REST rules let see it *now*. A public
 * room's frame goes to the room; a private room's frame goes to the sockets (on every instance) whose user
 * is the owner or a member, and every other socket is taken out of the room before the frame leaves. So a
 * room turning private, or a member being removed, can never let a frame through to someone REST would
 * refuse, whichever instance publishes it; the one exception is the removed member's own `members.changed`
 * (role null), which their sockets get as they leave. Frames of one room leave this instance one after another.
 *
 * The embedded deployment is one process, so every change of who may listen (the room made private, a member
 * removed, the room deleted) is published here as a frame of that room, in order with the others. There the
 * audience a frame was checked against is reused, for at most a second, by the frames that follow it and cannot
 * change it (votes, proposals, playback); any other frame asks again. With several instances, a change made on
 * another one reaches this one only as a frame through Redis, maybe after a vote published here: there a frame
 * asks unless a read of the room's audience started after it was sent here (frames that waited behind a read
 * share it: that read is as fresh as one of their own would be, and one read serves a burst of votes).
 */
@Injectable()
export class RoomDelivery {
  private readonly logger = new Logger(RoomDelivery.name);
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly audiences = new Map<string, { audience: RoomAudience; until: number }>();
  /** The latest audience read per room with the tick it started at; frames sent before that tick may share it. */
  private readonly reads = new Map<string, { audience: RoomAudience | null; startedAt: number }>();
  private tick = 0;
  private readonly remember: boolean;
  private sweepAt = 1_000;

  constructor(
    private readonly access: RoomAccess,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.remember = config.database.kind === 'pglite';
  }

  /** Resolves to true when sockets were taken out of the room (its presence changed). */
  send<K extends ServerFrameName>(server: RealtimeServer, roomName: string, name: K, frame: ServerFrames[K]): Promise<boolean> {
    const previous = this.queues.get(roomName) ?? Promise.resolve();
    const sentAt = this.tick++;
    const next = previous.then(() => this.deliver(server, roomName, name, frame, sentAt));
    const settled = next.catch((error: unknown) => {
      this.logger.warn({ err: error, room: roomName, frame: name }, 'Frame not delivered (clients resync on the version gap)');
      return false;
    });
    this.queues.set(roomName, settled);
    void settled.then(() => {
      if (this.queues.get(roomName) !== settled) return;
      this.queues.delete(roomName);
      this.reads.delete(roomName);
    });
    return settled;
  }

  private async deliver<K extends ServerFrameName>(server: RealtimeServer, roomName: string, name: K, frame: ServerFrames[K], sentAt: number): Promise<boolean> {
    const room = parseRoom(roomName);
    if (!room) return false;
    const audience = await this.audienceFor(room, name, sentAt);
    if (!audience) {
      // Gone: only its deletion notice goes out, to those who were allowed to listen, and the room empties.
      if (name === 'event.deleted' || name === 'playlist.deleted') emitFrame(server.to(roomName), name, frame);
      server.in(roomName).socketsLeave(roomName);
      return true;
    }
    if (audience.everyone) {
      emitFrame(server.to(roomName), name, frame);
      return false;
    }
    const sockets = await this.socketsIn(server, roomName);
    const refusedUsers = new Set(sockets.filter((s) => !mayReceive(audience, s.data.user.id)).map((s) => s.data.user.id));
    const told = removedMemberSockets(sockets, refusedUsers, name, frame);
    if (told.length > 0) emitFrame(server.to(told), name, frame);
    for (const userId of refusedUsers) server.in(userRoom(userId)).socketsLeave(roomName);
    const allowed = sockets.filter((s) => mayReceive(audience, s.data.user.id)).map((s) => s.id);
    if (allowed.length > 0) emitFrame(server.to(allowed), name, frame);
    return refusedUsers.size > 0;
  }

  /** The room's audience, read again unless this process may reuse the one of the frame before (see above). */
  private async audienceFor(room: NonNullable<ReturnType<typeof parseRoom>>, frame: ServerFrameName, sentAt: number): Promise<RoomAudience | null> {
    if (!this.remember) {
      const read = this.reads.get(room.name);
      if (read && read.startedAt > sentAt && AUDIENCE_KEEPING.has(frame)) return read.audience;
      const startedAt = this.tick++;
      const audience = await this.access.audience(room);
      this.reads.set(room.name, { audience, startedAt });
      return audience;
    }
    const known = this.audiences.get(room.name);
    if (known && AUDIENCE_KEEPING.has(frame) && known.until > Date.now()) return known.audience;
    this.audiences.delete(room.name);
    const audience = await this.access.audience(room);
    if (audience) this.audiences.set(room.name, { audience, until: Date.now() + AUDIENCE_MEMORY_MS });
    this.forgetExpired();
    return audience;
  }

  /** Rooms that fell silent keep their entry until twice as many as after the last sweep pile up: no timer per frame. */
  private forgetExpired(): void {
    if (this.audiences.size < this.sweepAt) return;
    const now = Date.now();
    for (const [name, known] of this.audiences) if (known.until <= now) this.audiences.delete(name);
    this.sweepAt = Math.max(1_000, this.audiences.size * 2);
  }

  /** Every instance's sockets in the room; this instance's alone when the others cannot answer (Redis down). */
  private async socketsIn(server: RealtimeServer, roomName: string): Promise<Array<{ id: string; data: { user: { id: string } } }>> {
    try {
      return await server.in(roomName).fetchSockets();
    } catch {
      return server.local.in(roomName).fetchSockets();
    }
  }
}

/** How long the embedded process reuses a room's audience. */
const AUDIENCE_MEMORY_MS = 1_000;

/** Frames that never change who may listen to their room. */
const AUDIENCE_KEEPING: ReadonlySet<ServerFrameName> = new Set<ServerFrameName>([
  'queue.vote_changed',
  'queue.track_added',
  'queue.track_removed',
  'playback.changed',
  'playback.skip_votes_changed',
  'player.changed',
  'playlist.track_added',
  'playlist.track_moved',
  'playlist.track_removed',
]);

/**
 * The sockets of the member a `members.changed` (role null) removes, when that removal takes them out of a private
 * room: they get this one frame about themselves before leaving, so an open screen can say why it closes. It tells
 * them nothing they may not know.
 */
function removedMemberSockets<K extends ServerFrameName>(
  sockets: Array<{ id: string; data: { user: { id: string } } }>,
  refusedUsers: Set<string>,
  name: K,
  frame: ServerFrames[K],
): string[] {
  if (name !== 'members.changed') return [];
  const { userId, role } = frame as ServerFrames['members.changed'];
  if (role !== null || !refusedUsers.has(userId)) return [];
  return sockets.filter((s) => s.data.user.id === userId).map((s) => s.id);
}
