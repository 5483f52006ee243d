import { CatalogueTrackEntity } from './entities/catalogue-track.entity';
import { TrackEntity } from './entities/track.entity';

export { MusicModule } from './music.module';
export { Tracks } from './tracks';
export { TrackDto } from './dto/track.dto';
export { encodeTrackFile } from './audio/track-encoder';
export { loadBundledCatalogue } from './catalogue/bundled-catalogue';
export { seedBundledCatalogue } from './catalogue/catalogue-seeder';

/** Every entity of the music module, for src/schema.ts. */
export const musicEntities = [TrackEntity, CatalogueTrackEntity];
