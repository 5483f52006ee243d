import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { EventsModule } from '../events';
import { PlaylistsModule } from '../playlists';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime.relay';
import { RoomAccess } from './room-access';
import { SocketActionLog } from './socket-action-log';

@Module({
  imports: [AuthModule, EventsModule, PlaylistsModule],
  providers: [RealtimeGateway, RealtimeRelay, RoomAccess, Presence, SocketActionLog],
})
export class RealtimeModule {}
