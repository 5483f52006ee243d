export { RealtimeModule } from './realtime.module';
export { CLIENT_ACTIONS, SERVER_FRAMES, type FieldSpec, type RoomChannel } from './realtime-catalog';
