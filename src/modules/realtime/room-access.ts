import { Injectable } from '@nestjs/common';
import { EventsAccess } from '../events';
import { PlaylistsApi } from '../playlists';
import type { ParsedRoom } from './rooms';

/** Who may listen to a room: exactly the REST visibility rules, asked of the module that owns the room. */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly events: EventsAccess,
    private readonly playlists: PlaylistsApi,
  ) {}

  /** The room's current version when the user may see it; null = invisible (NOT_FOUND). */
  canJoin(userId: string, room: ParsedRoom): Promise<{ version: number } | null> {
    return room.kind === 'event' ? this.events.canView(userId, room.id) : this.playlists.canView(userId, room.id);
  }
}
