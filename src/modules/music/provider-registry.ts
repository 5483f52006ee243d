import { DomainError } from '../../common/errors/domain-error';
import type { MusicProvider, MusicProviderId } from './music-provider';

/** The providers this instance has enabled, in the order clients should offer them (bundled first). */
export class MusicProviderRegistry {
  private readonly byId: Map<MusicProviderId, MusicProvider>;

  constructor(readonly providers: readonly MusicProvider[]) {
    this.byId = new Map(providers.map((p) => [p.id, p]));
  }

  find(id: string): MusicProvider | undefined {
    return this.byId.get(id as MusicProviderId);
  }

  /** For request parameters: a provider that is not enabled here is a client error. */
  require(id: string): MusicProvider {
    const provider = this.find(id);
    if (provider) return provider;
    const enabled = this.providers.map((p) => p.id).join(', ');
    throw new DomainError('VALIDATION_FAILED', `Provider "${id}" is not enabled on this server (enabled: ${enabled}).`, [
      { field: 'provider', messages: [`provider must be one of the enabled providers: ${enabled}`] },
    ]);
  }
}
