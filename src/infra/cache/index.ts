export { LruCache } from './lru-cache';
export { createCacheStore, MemoryCacheStore, RedisCacheStore, type CacheStore } from './cache-store';
