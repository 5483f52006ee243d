import type { Row } from '../../infra/database';
import type { PlaylistEntryEntity } from './entities/playlist-entry.entity';
import type { PlaylistEditLicense, PlaylistEntity, PlaylistVisibility } from './entities/playlist.entity';
import type { PlaylistAccess } from './playlist-policy';

/** A playlist as the repository reads it (the columns of PlaylistEntity), with the caller's membership. */
export interface PlaylistRow extends Row<PlaylistEntity>, PlaylistAccess {}

/** A list item: the playlist plus its number of entries. */
export interface PlaylistListRow extends PlaylistRow {
  trackCount: number;
}

/** A row of `playlist_entries`: the columns of PlaylistEntryEntity. */
export type EntryRow = Row<PlaylistEntryEntity>;

export interface NewPlaylist {
  ownerId: string;
  name: string;
  description: string;
  visibility: PlaylistVisibility;
  editLicense: PlaylistEditLicense;
  allowDuplicates: boolean;
}

export type PlaylistSettings = Partial<Pick<NewPlaylist, 'name' | 'description' | 'visibility' | 'editLicense' | 'allowDuplicates'>>;
