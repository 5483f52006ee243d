export { AuthModule } from './auth.module';
export { AccessTokens } from './sessions/access-tokens';
export { authEntities } from './entities';
export { Devices } from './sessions/devices';
