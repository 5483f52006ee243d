import { CatalogueTrackEntity } from './entities/catalogue-track.entity';
import { TrackEntity } from './entities/track.entity';

export { MusicModule } from './music.module';
export { TrackCatalog, type ResolvedTrack } from './track-catalog';
export { TrackDto, toTrackDto } from './dto/track.dto';
export { storedTrackFromRow, TRACK_COLUMNS, type StoredTrack, type TrackRow } from './stored-track';
export { MUSIC_PROVIDER_IDS, isMusicProviderId, type MusicProviderId, type Playable, type Track } from './music-provider';
export { encodeTrackFile } from './audio/track-encoder';
export { loadBundledCatalogue } from './catalogue/bundled-catalogue';
/** For relations only (`@ManyToOne(() => TrackEntity)` keeps a foreign key to `tracks` in the drift check). */
export { TrackEntity, CatalogueTrackEntity };

/** Every entity of the music module, for src/schema.ts. */
export const musicEntities = [TrackEntity, CatalogueTrackEntity];
