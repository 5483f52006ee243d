export { RealtimeModule } from './realtime.module';
export { CLIENT_ACTIONS, SERVER_FRAMES, type FieldSpec, type JsonSchema, type RoomChannel } from './realtime-catalog';
