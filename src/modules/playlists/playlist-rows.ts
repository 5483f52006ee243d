import type { PlaylistEditLicense, PlaylistVisibility } from './entities/playlist.entity';
import type { PlaylistAccess } from './playlist-policy';

/** A playlist as the repository reads it, with the caller's membership. */
export interface PlaylistRow extends PlaylistAccess {
  id: string;
  name: string;
  description: string;
  visibility: PlaylistVisibility;
  editLicense: PlaylistEditLicense;
  allowDuplicates: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A list item: the playlist plus its number of entries. */
export interface PlaylistListRow extends PlaylistRow {
  trackCount: number;
}

export interface EntryRow {
  id: string;
  playlistId: string;
  trackId: string;
  position: string;
  addedBy: string | null;
  addedAt: Date;
}

export interface NewPlaylist {
  ownerId: string;
  name: string;
  description: string;
  visibility: PlaylistVisibility;
  editLicense: PlaylistEditLicense;
  allowDuplicates: boolean;
}

export type PlaylistSettings = Partial<Pick<NewPlaylist, 'name' | 'description' | 'visibility' | 'editLicense' | 'allowDuplicates'>>;
