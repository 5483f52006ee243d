import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Database, type Tx } from '../../infra/database';
import type { PlaylistEntryDto } from './dto/playlist-entry.dto';
import { PlaylistAccessGate } from './playlist-access';
import { PlaylistVersions } from './playlist-changes';
import { PlaylistEntriesRepository } from './playlist-entries.repository';
import { MAX_PLAYLIST_ENTRIES } from './playlist-limits';
import { isBetween, keyBetween } from './playlist-positions';
import type { EntryRow, PlaylistRow } from './playlist-rows';
import { Tracks } from '../music';
import { PlaylistViews } from './playlist-views';

export interface AddTrackInput {
  provider: string;
  providerTrackId: string;
  /** undefined = at the end, null = at the top. */
  afterEntryId?: string | null;
}

/** Keys are computed under the playlist lock, so a collision means a bug; still, pick again a few times. */
const KEY_ATTEMPTS = 3;

const entryGone = (what = 'Entry') => new DomainError('NOT_FOUND', `${what} is not in this playlist (any more).`);

/** Adding, moving and removing tracks: one locked transaction each, one version bump, one event after commit. */
@Injectable()
export class PlaylistEntriesService {
  constructor(
    private readonly db: Database,
    private readonly gate: PlaylistAccessGate,
    private readonly versions: PlaylistVersions,
    private readonly entries: PlaylistEntriesRepository,
    private readonly tracks: Tracks,
    private readonly views: PlaylistViews,
  ) {}

  async add(userId: string, playlistId: string, input: AddTrackInput, expectedVersion?: number): Promise<PlaylistEntryDto> {
    // Fail fast (and reveal nothing through provider errors) before asking the catalogue.
    await this.gate.assertEditable(playlistId, userId);
    const { id: trackId } = await this.tracks.resolve(input.provider, input.providerTrackId);
    return this.db.transaction(async (tx) => {
      const playlist = await this.gate.lockForEditing(tx, playlistId, userId, expectedVersion);
      await this.assertRoomFor(tx, playlist, trackId);
      const entry = await this.insertAt(tx, playlist.id, trackId, userId, input.afterEntryId);
      const dto = await this.views.entry(tx, entry);
      await this.versions.change(tx, playlist, (changes) => changes.emit('playlist.track_added', { entry: dto }));
      return dto;
    });
  }

  /** Places the entry right after `afterEntryId` (null = first). Already there: nothing changes. */
  move(userId: string, playlistId: string, entryId: string, afterEntryId: string | null, expectedVersion?: number): Promise<PlaylistEntryDto> {
    return this.db.transaction(async (tx) => {
      const playlist = await this.gate.lockForEditing(tx, playlistId, userId, expectedVersion);
      const entry = await this.entries.find(tx, playlistId, entryId);
      if (!entry) throw entryGone();
      if (afterEntryId === entryId) return this.views.entry(tx, entry);
      const moved = await this.moveAfter(tx, entry, afterEntryId);
      if (!moved) return this.views.entry(tx, entry);
      await this.versions.change(tx, playlist, (changes) => changes.emit('playlist.track_moved', { entryId, position: moved.position }));
      return this.views.entry(tx, moved);
    });
  }

  remove(userId: string, playlistId: string, entryId: string, expectedVersion?: number): Promise<void> {
    return this.db.transaction(async (tx) => {
      const playlist = await this.gate.lockForEditing(tx, playlistId, userId, expectedVersion);
      if (!(await this.entries.delete(tx, playlistId, entryId))) throw entryGone();
      await this.versions.change(tx, playlist, (changes) => changes.emit('playlist.track_removed', { entryId }));
    });
  }

  private async assertRoomFor(tx: Tx, playlist: PlaylistRow, trackId: string): Promise<void> {
    const count = await this.entries.count(tx, playlist.id);
    if (count >= MAX_PLAYLIST_ENTRIES) {
      throw new DomainError('CONFLICT', `A playlist holds at most ${MAX_PLAYLIST_ENTRIES} tracks.`, {
        reason: 'playlist_full',
        limit: MAX_PLAYLIST_ENTRIES,
      });
    }
    if (!playlist.allowDuplicates && (await this.entries.containsTrack(tx, playlist.id, trackId))) {
      throw new DomainError('CONFLICT', 'This track is already in the playlist, which allows no duplicates.', {
        reason: 'duplicate_track',
      });
    }
  }

  private async insertAt(tx: Tx, playlistId: string, trackId: string, addedBy: string, afterEntryId: string | null | undefined): Promise<EntryRow> {
    for (let attempt = 0; attempt < KEY_ATTEMPTS; attempt++) {
      const [lower, upper] = await this.boundsForInsert(tx, playlistId, afterEntryId);
      const inserted = await this.entries.insert(tx, { playlistId, trackId, addedBy, position: keyBetween(lower, upper) });
      if (inserted) return inserted;
    }
    throw new DomainError('CONFLICT', 'The playlist changed too fast; please try again.');
  }

  private async boundsForInsert(tx: Tx, playlistId: string, afterEntryId: string | null | undefined): Promise<[string | null, string | null]> {
    if (afterEntryId === undefined) return [await this.entries.lastPosition(tx, playlistId), null];
    const lower = afterEntryId === null ? null : await this.positionOf(tx, playlistId, afterEntryId);
    return [lower, await this.entries.positionAfter(tx, playlistId, lower, null)];
  }

  /** The entry at its new key, or null when it already sits right after `afterEntryId`. */
  private async moveAfter(tx: Tx, entry: EntryRow, afterEntryId: string | null): Promise<EntryRow | null> {
    for (let attempt = 0; attempt < KEY_ATTEMPTS; attempt++) {
      const lower = afterEntryId === null ? null : await this.positionOf(tx, entry.playlistId, afterEntryId);
      const upper = await this.entries.positionAfter(tx, entry.playlistId, lower, entry.id);
      if (isBetween(entry.position, lower, upper)) return null;
      const position = keyBetween(lower, upper);
      if (await this.entries.move(tx, entry.id, position)) return { ...entry, position };
    }
    throw new DomainError('CONFLICT', 'The playlist changed too fast; please try again.');
  }

  private async positionOf(tx: Tx, playlistId: string, entryId: string): Promise<string> {
    const anchor = await this.entries.find(tx, playlistId, entryId);
    if (!anchor) throw entryGone('The entry to place it after');
    return anchor.position;
  }
}
