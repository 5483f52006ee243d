import { Injectable } from '@nestjs/common';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { Database } from '../../infra/database';
import { Invitations } from '../invitations';
import type { CreatePlaylistDto } from './dto/create-playlist.dto';
import type { PlaylistDto } from './dto/playlist.dto';
import type { PlaylistSummaryDto } from './dto/playlist-summary.dto';
import type { UpdatePlaylistDto } from './dto/update-playlist.dto';
import { PlaylistAccessGate } from './playlist-access';
import { PlaylistVersions } from './playlist-changes';
import { PlaylistEntriesRepository } from './playlist-entries.repository';
import { assertOwner, assertVisible } from './playlist-policy';
import type { NewPlaylist, PlaylistRow, PlaylistSettings } from './playlist-rows';
import { PlaylistViews } from './playlist-views';
import { PlaylistsRepository, type PlaylistScope } from './playlists.repository';
import type { Queryable } from '../../infra/database';

export const playlistDefaults = (ownerId: string, input: CreatePlaylistDto): NewPlaylist => ({
  ownerId,
  name: input.name,
  description: input.description ?? '',
  visibility: input.visibility ?? 'public',
  editLicense: input.editLicense ?? 'everyone',
  allowDuplicates: input.allowDuplicates ?? true,
});

/** Playlists as wholes: create, list, read, change settings, delete. */
@Injectable()
export class PlaylistsService {
  constructor(
    private readonly db: Database,
    private readonly gate: PlaylistAccessGate,
    private readonly playlists: PlaylistsRepository,
    private readonly entries: PlaylistEntriesRepository,
    private readonly views: PlaylistViews,
    private readonly invitations: Invitations,
    private readonly versions: PlaylistVersions,
  ) {}

  create(ownerId: string, input: CreatePlaylistDto): Promise<PlaylistDto> {
    return this.db.transaction(async (tx) => {
      const row = await this.playlists.insert(tx, playlistDefaults(ownerId, input));
      return this.views.playlist(tx, row, ownerId, [], []);
    });
  }

  async list(userId: string, scope: PlaylistScope, limit: number, cursor?: string): Promise<Page<PlaylistSummaryDto>> {
    const after = decodeCursor(cursor);
    const rows = await this.playlists.page(this.db, scope, userId, after, limit);
    const page = toPage(rows, limit, (row) => row);
    return { items: await this.views.summaries(this.db, page.items, userId), nextCursor: page.nextCursor };
  }

  /** One snapshot (REPEATABLE READ): the version always matches the entries it is sent with. */
  async get(userId: string, playlistId: string): Promise<PlaylistDto> {
    const playlist = await this.db.transaction(
      async (tx) => this.fullView(tx, assertVisible(await this.playlists.find(tx, playlistId, userId), userId), userId),
      { isolation: 'REPEATABLE READ' },
    );
    return this.views.withFreshPreviews(playlist);
  }

  async update(userId: string, playlistId: string, input: UpdatePlaylistDto, expectedVersion?: number): Promise<PlaylistDto> {
    const updated = await this.db.transaction(async (tx) => {
      const before = await this.gate.lockVisible(tx, playlistId, userId, expectedVersion);
      assertOwner(before, userId, 'change the settings of');
      const settings = changedSettings(before, input);
      if (Object.keys(settings).length === 0) return this.fullView(tx, before, userId);
      return this.versions.change(tx, before, async (changes) => {
        await this.playlists.updateSettings(tx, playlistId, settings);
        const read = assertVisible(await this.playlists.find(tx, playlistId, userId), userId);
        const after = { ...read, version: changes.nextVersion, updatedAt: changes.at };
        changes.emit('playlist.updated', { playlist: await this.views.metadata(tx, after) });
        return this.fullView(tx, after, userId);
      });
    });
    return this.views.withFreshPreviews(updated);
  }

  /**
   * Pending invitations are revoked before the playlist row is locked: accepting one locks the invitation
   * then the playlist, so taking them in the same order cannot deadlock.
   */
  remove(userId: string, playlistId: string, expectedVersion?: number): Promise<void> {
    return this.db.transaction(async (tx) => {
      assertOwner(assertVisible(await this.playlists.find(tx, playlistId, userId), userId), userId, 'delete');
      await this.invitations.revokeForTarget(tx, 'playlist', playlistId);
      const playlist = await this.gate.lockVisible(tx, playlistId, userId, expectedVersion);
      await this.versions.change(tx, playlist, async (changes) => {
        await this.playlists.delete(tx, playlistId);
        changes.emit('playlist.deleted', {});
      });
    });
  }

  private async fullView(q: Queryable, row: PlaylistRow, userId: string): Promise<PlaylistDto> {
    const entries = await this.entries.list(q, row.id);
    const memberIds = await this.playlists.memberIds(q, row.id);
    return this.views.playlist(q, row, userId, entries, memberIds);
  }
}

/** Only the fields whose value actually changes: an idempotent PATCH bumps nothing. */
function changedSettings(current: PlaylistRow, input: UpdatePlaylistDto): PlaylistSettings {
  const changes: PlaylistSettings = {};
  if (input.name !== undefined && input.name !== current.name) changes.name = input.name;
  if (input.description !== undefined && input.description !== current.description) changes.description = input.description;
  if (input.visibility !== undefined && input.visibility !== current.visibility) changes.visibility = input.visibility;
  if (input.editLicense !== undefined && input.editLicense !== current.editLicense) changes.editLicense = input.editLicense;
  if (input.allowDuplicates !== undefined && input.allowDuplicates !== current.allowDuplicates) {
    changes.allowDuplicates = input.allowDuplicates;
  }
  return changes;
}
