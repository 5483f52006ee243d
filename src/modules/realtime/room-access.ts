import { Injectable } from '@nestjs/common';
import type { RoomAudience } from '../../common/access/room-audience';
import { Events } from '../events';
import { Playlists } from '../playlists';
import type { ParsedRoom } from './rooms';

/** Who may listen to a room: exactly the REST visibility rules, asked of the module that owns the room. */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly events: Events,
    private readonly playlists: Playlists,
  ) {}

  /** The room's current version when the user may see it; null = invisible (NOT_FOUND). */
  canJoin(userId: string, room: ParsedRoom): Promise<{ version: number } | null> {
    return room.kind === 'event' ? this.events.canView(userId, room.id) : this.playlists.canView(userId, room.id);
  }

  /** Who may receive the room's frames now; null when the event or playlist is gone. */
  audience(room: ParsedRoom): Promise<RoomAudience | null> {
    return room.kind === 'event' ? this.events.audience(room.id) : this.playlists.audience(room.id);
  }
}
