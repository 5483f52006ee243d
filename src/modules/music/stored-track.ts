import { selectList, type ColumnOf, type Row } from '../../infra/database';
import { TrackEntity } from './entities/track.entity';

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
