import { Injectable } from '@nestjs/common';
import type { RoomAudience } from '../../common/access/room-audience';
import { DomainError } from '../../common/errors/domain-error';
import { Database, PG, sqlStateOf, type Queryable, type Tx } from '../../infra/database';
import { generateNKeysBetween } from 'fractional-indexing';
import type { PlaylistEditLicense, PlaylistVisibility } from './entities/playlist.entity';
import { PlaylistEntriesRepository } from './playlist-entries.repository';
import { MAX_PLAYLIST_DESCRIPTION_LENGTH, MAX_PLAYLIST_ENTRIES, MAX_PLAYLIST_NAME_LENGTH } from './playlist-limits';
import { canView } from './playlist-policy';
import { playlistDefaults } from './playlists.service';
import { PlaylistsRepository } from './playlists.repository';

export interface NewPlaylistFromTracks {
  name: string;
  description?: string;
  visibility?: PlaylistVisibility;
  editLicense?: PlaylistEditLicense;
  allowDuplicates?: boolean;
  /** `tracks.id` values, in playlist order (repeats allowed). */
  trackIds: string[];
}

/** What other modules may do with playlists (event history export, the realtime gateway). */
@Injectable()
export class Playlists {
  constructor(
    private readonly db: Database,
    private readonly playlists: PlaylistsRepository,
    private readonly entries: PlaylistEntriesRepository,
  ) {}

  /**
   * Creates a playlist owned by `ownerId` holding these tracks, in one transaction (the caller's when given).
   * Throws VALIDATION_FAILED for a bad name, CONFLICT (`playlist_full`) over 2,000 tracks, NOT_FOUND for an unknown track id.
   */
  async createFromTracks(ownerId: string, input: NewPlaylistFromTracks, tx?: Tx): Promise<{ id: string }> {
    const name = input.name.trim();
    const description = (input.description ?? '').trim();
    assertValidInput(name, description, input.trackIds.length);
    const work = async (t: Tx) => {
      const playlist = await this.playlists.insert(t, playlistDefaults(ownerId, { ...input, name, description }));
      const keys = generateNKeysBetween(null, null, input.trackIds.length);
      try {
        await this.entries.insertMany(t, playlist.id, ownerId, input.trackIds.map((trackId, i) => ({ trackId, position: keys[i] })));
      } catch (error) {
        const state = sqlStateOf(error);
        if (state === PG.FOREIGN_KEY_VIOLATION || state === PG.INVALID_TEXT_REPRESENTATION) throw DomainError.notFound('Track');
        throw error;
      }
      return { id: playlist.id };
    };
    return tx ? work(tx) : this.db.transaction(work);
  }

  /** Who may see the playlist now (null: it no longer exists). */
  async audience(playlistId: string): Promise<RoomAudience | null> {
    const playlist = await this.playlists.findVisibility(this.db, playlistId);
    if (!playlist) return null;
    if (playlist.visibility === 'public') return { everyone: true };
    return { everyone: false, userIds: new Set([playlist.ownerId, ...(await this.playlists.memberIds(this.db, playlistId))]) };
  }

  /**
   * The track ids of a playlist `userId` may read, in playlist order (`tracks.id` values); null when the playlist
   * does not exist or is hidden from them (same rules as REST: null → NOT_FOUND).
   */
  async readableTrackIds(userId: string, playlistId: string, sql?: Queryable): Promise<string[] | null> {
    const q = sql ?? this.db;
    const playlist = await this.playlists.find(q, playlistId, userId);
    if (!playlist || !canView(playlist, userId)) return null;
    return (await this.entries.list(q, playlistId)).map((entry) => entry.trackId);
  }

  /** The playlist's version when `userId` may see it, null otherwise (same rules as REST: null → NOT_FOUND). */
  async canView(userId: string, playlistId: string): Promise<{ version: number } | null> {
    const playlist = await this.playlists.find(this.db, playlistId, userId);
    return playlist && canView(playlist, userId) ? { version: playlist.version } : null;
  }
}

function assertValidInput(name: string, description: string, trackCount: number): void {
  const issues = [
    ...(name.length === 0 || name.length > MAX_PLAYLIST_NAME_LENGTH
      ? [{ field: 'name', messages: [`name must be 1 to ${MAX_PLAYLIST_NAME_LENGTH} characters`] }]
      : []),
    ...(description.length > MAX_PLAYLIST_DESCRIPTION_LENGTH
      ? [{ field: 'description', messages: [`description must be at most ${MAX_PLAYLIST_DESCRIPTION_LENGTH} characters`] }]
      : []),
  ];
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', 'The playlist is not valid.', issues);
  if (trackCount > MAX_PLAYLIST_ENTRIES) {
    throw new DomainError('CONFLICT', `A playlist holds at most ${MAX_PLAYLIST_ENTRIES} tracks.`, {
      reason: 'playlist_full',
      limit: MAX_PLAYLIST_ENTRIES,
      requested: trackCount,
    });
  }
}
