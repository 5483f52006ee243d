import type { MusicProviderId } from './music-provider';

/** A row of `tracks` as other modules see it (TrackEntity has this shape too). */
export interface StoredTrack {
  id: string;
  provider: MusicProviderId;
  providerTrackId: string;
  title: string;
  artist: string;
  album: string | null;
  durationMs: number;
  artworkUrl: string | null;
  previewUrl: string | null;
  externalUrl: string | null;
  license: string | null;
}

/** The columns as SQL returns them, for modules that join `tracks` in their own queries. */
export interface TrackRow {
  id: string;
  provider: MusicProviderId;
  provider_track_id: string;
  title: string;
  artist: string;
  album: string | null;
  duration_ms: number;
  artwork_url: string | null;
  preview_url: string | null;
  external_url: string | null;
  license: string | null;
}

export const TRACK_COLUMNS =
  'id, provider, provider_track_id, title, artist, album, duration_ms, artwork_url, preview_url, external_url, license';

export const storedTrackFromRow = (row: TrackRow): StoredTrack => ({
  id: row.id,
  provider: row.provider,
  providerTrackId: row.provider_track_id,
  title: row.title,
  artist: row.artist,
  album: row.album,
  durationMs: row.duration_ms,
  artworkUrl: row.artwork_url,
  previewUrl: row.preview_url,
  externalUrl: row.external_url,
  license: row.license,
});
