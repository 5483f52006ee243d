export { STORAGE, assertSafeKey, type Storage, type StoredObject } from './storage';
export { LocalDiskStorage } from './local-disk.storage';
export { StorageModule } from './storage.module';
