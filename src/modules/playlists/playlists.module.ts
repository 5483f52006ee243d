import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations';
import { MusicModule } from '../music';
import { UsersModule } from '../users';
import { PlaylistAccessGate } from './playlist-access';
import { PlaylistVersions } from './playlist-changes';
import { PlaylistEntriesRepository } from './playlist-entries.repository';
import { PlaylistEntriesService } from './playlist-entries.service';
import { PlaylistMembersService } from './playlist-members.service';
import { PlaylistTracksController } from './playlist-tracks.controller';
import { PlaylistViews } from './playlist-views';
import { Playlists } from './playlists';
import { PlaylistsController } from './playlists.controller';
import { PlaylistsRepository } from './playlists.repository';
import { PlaylistsService } from './playlists.service';

@Module({
  imports: [UsersModule, MusicModule, InvitationsModule],
  controllers: [PlaylistsController, PlaylistTracksController],
  providers: [
    PlaylistsRepository,
    PlaylistEntriesRepository,
    PlaylistAccessGate,
    PlaylistVersions,
    PlaylistViews,
    PlaylistsService,
    PlaylistEntriesService,
    PlaylistMembersService,
    Playlists,
  ],
  exports: [Playlists],
})
export class PlaylistsModule {}
