export { PlaylistsModule } from './playlists.module';
export { PlaylistsApi, type NewPlaylistFromTracks } from './playlists-api';
export { playlistsEntities } from './entities';
export { MAX_PLAYLIST_ENTRIES, MAX_PLAYLIST_NAME_LENGTH } from './playlist-limits';
export type {
  PlaylistDeletedEvent,
  PlaylistMembersChangedEvent,
  PlaylistTrackAddedEvent,
  PlaylistTrackMovedEvent,
  PlaylistTrackRemovedEvent,
  PlaylistUpdatedEvent,
} from './playlist-events';
export { PlaylistDto } from './dto/playlist.dto';
export { PlaylistEntryDto } from './dto/playlist-entry.dto';
export { PlaylistMetadataDto } from './dto/playlist-metadata.dto';
