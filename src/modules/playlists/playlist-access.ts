import { Injectable } from '@nestjs/common';
import { Database, type Tx } from '../../infra/database';
import { assertCanEdit, assertVersion, assertVisible } from './playlist-policy';
import type { PlaylistRow } from './playlist-rows';
import { PlaylistsRepository } from './playlists.repository';

/** Opens a playlist for a change: locked, visible to the caller, at the version they expect. */
@Injectable()
export class PlaylistAccessGate {
  constructor(
    private readonly db: Database,
    private readonly playlists: PlaylistsRepository,
  ) {}

  /** Read-only check before slow work (a catalogue lookup); the change itself checks again under the lock. */
  async assertEditable(playlistId: string, userId: string): Promise<void> {
    assertCanEdit(assertVisible(await this.playlists.find(this.db, playlistId, userId), userId), userId);
  }

  /**
   * Locks the playlist row (`FOR UPDATE`) for the rest of the transaction: every change of one playlist runs
   * one after the other, so neighbours read for a new position and the version bump cannot race.
   */
  async lockVisible(tx: Tx, playlistId: string, userId: string, expectedVersion?: number): Promise<PlaylistRow> {
    const playlist = assertVisible(await this.playlists.find(tx, playlistId, userId, true), userId);
    assertVersion(playlist.version, expectedVersion);
    return playlist;
  }

  async lockForEditing(tx: Tx, playlistId: string, userId: string, expectedVersion?: number): Promise<PlaylistRow> {
    const playlist = assertVisible(await this.playlists.find(tx, playlistId, userId, true), userId);
    assertCanEdit(playlist, userId);
    assertVersion(playlist.version, expectedVersion);
    return playlist;
  }
}
