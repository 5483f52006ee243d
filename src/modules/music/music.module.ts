import { Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config';
import { createCacheStore } from '../../infra/cache';
import { REDIS } from '../../infra/redis';
import { BundledAudioController } from './audio/bundled-audio.controller';
import { BundledAudio } from './audio/bundled-audio.service';
import { CatalogueRepository } from './catalogue/catalogue.repository';
import { CatalogueSeeder } from './catalogue/catalogue-seeder';
import { MusicCache } from './music-cache';
import { MusicController } from './music.controller';
import { MusicService } from './music.service';
import { MusicProviderRegistry } from './provider-registry';
import { BundledProvider } from './providers/bundled.provider';
import { createRemoteProviders } from './providers/remote-providers';
import { Tracks } from './tracks';
import { TracksRepository } from './tracks.repository';

@Module({
  controllers: [MusicController, BundledAudioController],
  providers: [
    MusicService,
    Tracks,
    TracksRepository,
    CatalogueRepository,
    CatalogueSeeder,
    BundledAudio,
    BundledProvider,
    {
      provide: MusicCache,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig) =>
        new MusicCache(createCacheStore(redis, `${config.redis?.keyPrefix ?? 'musicroom'}:music:`), config.music.cacheTtlSeconds),
    },
    {
      provide: MusicProviderRegistry,
      inject: [APP_CONFIG, BundledProvider],
      useFactory: (config: AppConfig, bundled: BundledProvider) =>
        new MusicProviderRegistry([bundled, ...createRemoteProviders(config.music)]),
    },
  ],
  exports: [Tracks],
})
export class MusicModule {}
