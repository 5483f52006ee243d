export { PlaylistsModule } from './playlists.module';
export { Playlists } from './playlists';
export { playlistsEntities } from './entities';
export { MAX_PLAYLIST_ENTRIES } from './playlist-limits';
export { PlaylistDto } from './dto/playlist.dto';
export { PlaylistEntryDto } from './dto/playlist-entry.dto';
export { PlaylistMetadataDto } from './dto/playlist-metadata.dto';
