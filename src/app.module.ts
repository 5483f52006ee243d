import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { DestinationStream } from 'pino';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { EventBusModule } from './common/events/event-bus.module';
import { JsonBodyGuard } from './common/http/json-body.guard';
import { ClockModule } from './common/time/clock';
import { createValidationPipe } from './common/http/validation.pipe';
import { setWebAssetHeaders } from './common/http/web-client-assets';
import { LoggingModule } from './common/logging/logging.module';
import { ConfigModule, type AppConfig } from './config';
import { DatabaseModule } from './infra/database';
import { MailModule } from './infra/mail';
import { RedisModule } from './infra/redis';
import { StorageModule } from './infra/storage';
import { AuthModule } from './modules/auth';
import { BillingModule } from './modules/billing';
import { EventsModule } from './modules/events';
import { HealthModule } from './modules/health';
import { InvitationsModule } from './modules/invitations';
import { MusicModule } from './modules/music';
import { RealtimeModule } from './modules/realtime';
import { PlaylistsModule } from './modules/playlists';
import { UsersModule } from './modules/users';
import { schema } from './schema';

export interface AppModuleOptions {
  /** Where JSON logs go (tests capture them); stdout by default. */
  logDestination?: DestinationStream;
  /** Extra modules mounted beside the app's own (test probes). */
  extraModules?: Array<Type | DynamicModule>;
}

const globalProviders: Provider[] = [
  { provide: APP_FILTER, useClass: AllExceptionsFilter },
  { provide: APP_PIPE, useFactory: createValidationPipe },
  { provide: APP_GUARD, useClass: JsonBodyGuard },
];

function webClientModule(config: AppConfig): DynamicModule[] {
  const root = resolve(config.http.webDistDir);
  if (!existsSync(join(root, 'index.html'))) return [];
  return [ServeStaticModule.forRoot({ rootPath: root, exclude: ['/api/{*path}'], serveStaticOptions: { setHeaders: setWebAssetHeaders, extensions: ['html'] } })];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, options.logDestination),
        ClockModule,
        EventBusModule,
        DatabaseModule.forRoot(schema),
        RedisModule,
        MailModule.forRoot(config),
        HealthModule,
        StorageModule,
        UsersModule,
        BillingModule,
        AuthModule,
        MusicModule,
        InvitationsModule,
        EventsModule,
        RealtimeModule,
        PlaylistsModule,
        ...webClientModule(config),
        ...(options.extraModules ?? []),
      ],
      providers: globalProviders,
    };
  }
}
