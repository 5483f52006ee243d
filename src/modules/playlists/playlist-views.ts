import { Injectable } from '@nestjs/common';
import { UserCards, type UserCardDto } from '../users';
import type { PlaylistDto } from './dto/playlist.dto';
import type { PlaylistEntryDto } from './dto/playlist-entry.dto';
import type { PlaylistMetadataDto } from './dto/playlist-metadata.dto';
import type { PlaylistSummaryDto } from './dto/playlist-summary.dto';
import { canEdit, isOwner } from './playlist-policy';
import type { EntryRow, PlaylistListRow, PlaylistRow } from './playlist-rows';
import { Tracks } from '../music';
import type { Queryable } from '../../infra/database';

/** Placeholder for a user whose account vanished between two reads (never expected, never a 500). */
const missingCard = (id: string): UserCardDto => ({ id, displayName: 'Deleted user', avatarUrl: `/api/users/${id}/avatar` });

/** Turns rows into response DTOs, naming people and tracks with one batch lookup each. */
@Injectable()
export class PlaylistViews {
  constructor(
    private readonly cards: UserCards,
    private readonly tracks: Tracks,
  ) {}

  async playlist(q: Queryable, row: PlaylistRow, userId: string, entries: EntryRow[], memberIds: string[]): Promise<PlaylistDto> {
    const people = [row.ownerId, ...memberIds, ...entries.flatMap((e) => (e.addedBy ? [e.addedBy] : []))];
    const cards = await this.cards.byIds(people, q);
    const tracks = await this.tracks.byIds(entries.map((e) => e.trackId), q);
    return Object.assign(this.summaryWith(row, userId, cards, entries.length), {
      members: memberIds.map((id) => cards.get(id) ?? missingCard(id)),
      tracks: entries.map((e) => this.entryWith(e, cards, tracks)),
    });
  }

  /** Re-signs expiring preview URLs in place; call it after the transaction (it may go to the network). */
  async withFreshPreviews(playlist: PlaylistDto): Promise<PlaylistDto> {
    const tracks = await this.tracks.withFreshPreviews(playlist.tracks.map((e) => e.track));
    return Object.assign(playlist, { tracks: playlist.tracks.map((e, i) => Object.assign(e, { track: tracks[i] })) });
  }

  async summaries(q: Queryable, rows: PlaylistListRow[], userId: string): Promise<PlaylistSummaryDto[]> {
    const cards = await this.cards.byIds(rows.map((r) => r.ownerId), q);
    return rows.map((row) => this.summaryWith(row, userId, cards, row.trackCount));
  }

  async metadata(q: Queryable, row: PlaylistRow): Promise<PlaylistMetadataDto> {
    const cards = await this.cards.byIds([row.ownerId], q);
    return this.metadataWith(row, cards);
  }

  async entry(q: Queryable, row: EntryRow): Promise<PlaylistEntryDto> {
    const cards = await this.cards.byIds(row.addedBy ? [row.addedBy] : [], q);
    const tracks = await this.tracks.byIds([row.trackId], q);
    return this.entryWith(row, cards, tracks);
  }

  private summaryWith(row: PlaylistRow, userId: string, cards: Map<string, UserCardDto>, trackCount: number): PlaylistSummaryDto {
    return Object.assign(this.metadataWith(row, cards), {
      canEdit: canEdit(row, userId),
      myRole: isOwner(row, userId) ? ('owner' as const) : row.isMember ? ('editor' as const) : null,
      trackCount,
    });
  }

  private metadataWith(row: PlaylistRow, cards: Map<string, UserCardDto>): PlaylistMetadataDto {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      visibility: row.visibility,
      editLicense: row.editLicense,
      allowDuplicates: row.allowDuplicates,
      owner: cards.get(row.ownerId) ?? missingCard(row.ownerId),
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  private entryWith(row: EntryRow, cards: Map<string, UserCardDto>, tracks: Map<string, PlaylistEntryDto['track']>): PlaylistEntryDto {
    const track = tracks.get(row.trackId);
    if (!track) throw new Error(`Track ${row.trackId} of playlist entry ${row.id} is missing from the catalogue`);
    return {
      id: row.id,
      track,
      position: row.position,
      addedBy: row.addedBy ? (cards.get(row.addedBy) ?? missingCard(row.addedBy)) : null,
      addedAt: row.addedAt.toISOString(),
    };
  }
}
