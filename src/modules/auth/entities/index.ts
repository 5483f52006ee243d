import { AuthIdentity } from './auth-identity.entity';
import { AuthLoginAttempt } from './auth-login-attempt.entity';
import { AuthRefreshToken } from './auth-refresh-token.entity';
import { AuthSession } from './auth-session.entity';
import { AuthToken } from './auth-token.entity';

/** The auth module's tables, for src/schema.ts. */
export const authEntities = [AuthSession, AuthRefreshToken, AuthToken, AuthIdentity, AuthLoginAttempt];
