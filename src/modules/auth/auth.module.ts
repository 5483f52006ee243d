import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../../config';
import { UsersModule } from '../users';
import { MailboxProof } from './accounts/mailbox-proof';
import { PasswordAuthService } from './accounts/password-auth.service';
import { RegistrationService } from './accounts/registration.service';
import { AuthHousekeeping } from './auth-housekeeping';
import { AuthMails } from './auth-mails';
import { AccessTokenGuard } from './http/access-token.guard';
import { AuthController } from './http/auth.controller';
import { OAuthController } from './http/oauth.controller';
import { SessionCookies } from './http/session-cookies';
import { SessionsController } from './http/sessions.controller';
import { IdentitiesRepository } from './oauth/identities.repository';
import { IdentitiesService } from './oauth/identities.service';
import { OAuthAccounts } from './oauth/oauth-accounts';
import { OAuthProviders } from './oauth/oauth-providers';
import { OAuthStateCodec } from './oauth/oauth-state';
import { OAuthService } from './oauth/oauth.service';
import { SignedStateStore } from './oauth/signed-state-store';
import { PasswordHasher } from './passwords/password-hasher';
import { LoginAttemptsRepository } from './rate-limits/login-attempts.repository';
import { LoginLimiter } from './rate-limits/login-limiter';
import { RateLimitGuard } from './rate-limits/rate-limit.guard';
import { ResilientThrottlerStorage } from './rate-limits/resilient-throttler-storage';
import { throttlerOptions } from './rate-limits/throttler-options';
import { AccessTokenCodec } from './sessions/access-token.codec';
import { AccessTokens } from './sessions/access-tokens';
import { Devices } from './sessions/devices';
import { SessionLiveness } from './sessions/session-liveness';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { AuthTokensRepository } from './tokens/auth-tokens.repository';
import { OneTimeTokens } from './tokens/one-time-tokens';

/**
 * Accounts and sessions. Registers the two global guards, in this order: authentication (sets req.user),
 * then rate limits (which count per signed-in user).
 */
@Module({
  imports: [
    UsersModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        throttlerOptions(config.limits, new ResilientThrottlerStorage(config.redis)),
    }),
  ],
  controllers: [AuthController, OAuthController, SessionsController],
  providers: [
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    AccessTokenCodec,
    AccessTokens,
    SessionLiveness,
    Devices,
    SessionsRepository,
    SessionsService,
    AuthTokensRepository,
    OneTimeTokens,
    PasswordHasher,
    LoginAttemptsRepository,
    LoginLimiter,
    AuthMails,
    MailboxProof,
    RegistrationService,
    PasswordAuthService,
    SessionCookies,
    OAuthStateCodec,
    SignedStateStore,
    OAuthProviders,
    IdentitiesRepository,
    OAuthAccounts,
    OAuthService,
    IdentitiesService,
    AuthHousekeeping,
  ],
  exports: [AccessTokens, Devices],
})
export class AuthModule {}
