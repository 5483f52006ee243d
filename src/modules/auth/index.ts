export { AuthModule } from './auth.module';
export { AccessTokenVerifier, type VerifiedAccessToken } from './sessions/access-token.verifier';
export type { SessionsRevoked } from './auth.events';
export { authEntities } from './entities';
export { DeviceDirectory, type Device } from './sessions/device-directory';
