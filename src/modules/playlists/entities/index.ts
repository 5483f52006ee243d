import { PlaylistEntryEntity } from './playlist-entry.entity';
import { PlaylistMemberEntity } from './playlist-member.entity';
import { PlaylistEntity } from './playlist.entity';

export const playlistsEntities = [PlaylistEntity, PlaylistMemberEntity, PlaylistEntryEntity];
