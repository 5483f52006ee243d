import { selectList, type ColumnOf, type Row } from '../../infra/database';
import { TrackEntity } from './entities/track.entity';
import type { Track } from './music-provider';

const STORED_TRACK_COLUMNS = [
  'id',
  'provider',
  'providerTrackId',
  'title',
  'artist',
  'album',
  'durationMs',
  'artworkUrl',
  'previewUrl',
  'externalUrl',
  'license',
] as const satisfies ReadonlyArray<ColumnOf<TrackEntity>>;

/** A row of `tracks` as other modules see it: the columns of TrackEntity but its timestamps. */
export type StoredTrack = Pick<Row<TrackEntity>, (typeof STORED_TRACK_COLUMNS)[number]>;

/** The select list that reads a StoredTrack. */
export const TRACK_COLUMNS = selectList(TrackEntity, undefined, STORED_TRACK_COLUMNS);

/** The fields a provider may leave out of a Track, which a stored row holds as NULL. */
const OPTIONAL_FIELDS = ['album', 'artworkUrl', 'previewUrl', 'externalUrl', 'license'] as const satisfies ReadonlyArray<keyof Track & ColumnOf<TrackEntity>>;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** A provider's track as the row to store: a field it leaves out is NULL. */
export function toStoredFields(track: Track): Omit<StoredTrack, 'id'> {
  const { provider, providerTrackId, title, artist, durationMs } = track;
  const optional = Object.fromEntries(OPTIONAL_FIELDS.map((field) => [field, track[field] ?? null])) as Pick<StoredTrack, OptionalField>;
  return { provider, providerTrackId, title, artist, durationMs, ...optional };
}

/** A stored row as a Track: a NULL column is left out. */
export function toTrack(row: StoredTrack): Track {
  const { provider, providerTrackId, title, artist, durationMs } = row;
  const optional = Object.fromEntries(OPTIONAL_FIELDS.flatMap((field) => (row[field] === null ? [] : [[field, row[field]]]))) as Pick<Track, OptionalField>;
  return { provider, providerTrackId, title, artist, durationMs, ...optional };
}
