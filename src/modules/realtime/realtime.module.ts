import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { EventsModule } from '../events';
import { PlaylistsModule } from '../playlists';
import { ListenerCountProvider } from './listener-count.provider';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime.relay';
import { RoomAccess } from './room-access';
import { RoomDelivery } from './room-delivery';
import { SocketActionLog } from './socket-action-log';

@Module({
  imports: [AuthModule, EventsModule, PlaylistsModule],
  providers: [RealtimeGateway, RealtimeRelay, RoomAccess, RoomDelivery, Presence, SocketActionLog, ListenerCountProvider],
})
export class RealtimeModule {}
