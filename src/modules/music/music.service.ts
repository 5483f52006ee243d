import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { UpstreamError } from '../../infra/http';
import { MusicCache } from './music-cache';
import type { GetTrackOptions, MusicProvider, MusicProviderId, Playable, Track } from './music-provider';
import { MusicProviderRegistry } from './provider-registry';

export const DEFAULT_SEARCH_LIMIT = 20;
/** Previews must still play a while after we hand them out. */
const PREVIEW_SAFETY_SECONDS = 60;

export interface ProviderInfo {
  id: MusicProviderId;
  name: string;
  playable: Playable;
}

/** Search and lookup across providers; remote answers are cached and their failures isolated per provider. */
@Injectable()
export class MusicService {
  constructor(
    private readonly registry: MusicProviderRegistry,
    private readonly cache: MusicCache,
  ) {}

  providers(): ProviderInfo[] {
    return this.registry.providers.map(({ id, name, playable }) => ({ id, name, playable }));
  }

  /** Searches one provider (the bundled catalogue unless told otherwise). */
  search(query: string, providerId: string = 'bundled', limit = DEFAULT_SEARCH_LIMIT): Promise<Track[]> {
    const provider = this.registry.require(providerId);
    if (!provider.isRemote) return provider.search(query, limit);
    const key = `search:${provider.id}:${limit}:${query.trim().toLowerCase().replace(/\s+/g, ' ')}`;
    return this.cache.getOrLoad(key, () => this.call(provider, () => provider.search(query, limit)), (tracks) => this.ttlFor(provider, tracks));
  }

  /** One track, fresh from its provider (or its cache): NOT_FOUND when the provider has no such track. */
  async getTrack(providerId: string, providerTrackId: string, options: GetTrackOptions = {}): Promise<Track> {
    const provider = this.registry.find(providerId);
    if (!provider) throw DomainError.notFound('Track');
    const track = provider.isRemote
      ? await this.cache.getOrLoad(
          `track:${provider.id}:${providerTrackId}`,
          () => this.call(provider, () => provider.getTrack(providerTrackId)),
          (found) => (found ? this.ttlFor(provider, [found]) : 0),
        )
      : await provider.getTrack(providerTrackId, options);
    if (!track) throw DomainError.notFound('Track');
    return track;
  }

  isEnabled(providerId: string): boolean {
    return this.registry.find(providerId) !== undefined;
  }

  private async call<T>(provider: MusicProvider, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      const retryAfter = error.retryAfterMs === undefined ? undefined : String(Math.max(1, Math.ceil(error.retryAfterMs / 1_000)));
      throw new DomainError(
        'PROVIDER_UNAVAILABLE',
        `${provider.name} is not answering right now; other providers still work.`,
        { provider: provider.id, reason: error.failure },
        retryAfter ? { 'Retry-After': retryAfter } : undefined,
      );
    }
  }

  /** The configured TTL, shortened so no cached preview URL outlives its signature. */
  private ttlFor(provider: MusicProvider, tracks: Track[]): number {
    const now = Date.now();
    return tracks.reduce((ttl, track) => {
      const expiresAt = provider.previewExpiresAt?.(track);
      return expiresAt === undefined ? ttl : Math.min(ttl, (expiresAt - now) / 1_000 - PREVIEW_SAFETY_SECONDS);
    }, this.cache.ttlSeconds);
  }
}
