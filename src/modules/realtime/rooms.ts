import type { RoomKind, RoomName } from '../../contracts/realtime';

const ROOM = /^(event|playlist):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export interface ParsedRoom {
  name: RoomName;
  kind: RoomKind;
  id: string;
}

/** A room a client may ask for; anything else (user rooms included) is refused before any lookup. */
export function parseRoom(value: unknown): ParsedRoom | null {
  if (typeof value !== 'string' || value.length > 100) return null;
  const match = ROOM.exec(value);
  if (!match) return null;
  const kind = match[1] as RoomKind;
  const id = match[2].toLowerCase();
  return { name: `${kind}:${id}`, kind, id };
}

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const eventRoom = (eventId: string): RoomName => `event:${eventId}`;
export const playlistRoom = (playlistId: string): RoomName => `playlist:${playlistId}`;
