import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { LocalDiskStorage } from './local-disk.storage';
import { STORAGE } from './storage';

@Global()
@Module({
  providers: [
    { provide: STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(join(config.dataDir, 'storage')) },
  ],
  exports: [STORAGE],
})
export class StorageModule {}
