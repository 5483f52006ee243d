import { Injectable } from '@nestjs/common';
import { EventBus } from '../../common/events/event-bus';
import { RoomChanges } from '../../common/events/room-changes';
import { Clock } from '../../common/time/clock';
import type { Tx } from '../../infra/database';
import type { PlaylistEventName } from './playlist-events';
import { PlaylistsRepository } from './playlists.repository';

/** The changes one transaction makes to one locked playlist (see `RoomChanges`). */
export type PlaylistChanges = RoomChanges<PlaylistEventName, 'playlistId'>;

/** Runs a change of a locked playlist: its broadcasts take the next versions, saved in the same transaction. */
@Injectable()
export class PlaylistVersions {
  constructor(
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly playlists: PlaylistsRepository,
  ) {}

  async change<T>(tx: Tx, playlist: { id: string; version: number }, work: (changes: PlaylistChanges) => T | Promise<T>): Promise<T> {
    const changes: PlaylistChanges = new RoomChanges(this.bus, tx, 'playlistId', playlist.id, playlist.version, this.clock.now());
    const result = await work(changes);
    if (changes.changed) await this.playlists.saveVersion(tx, playlist.id, changes.version, changes.at);
    return result;
  }
}
