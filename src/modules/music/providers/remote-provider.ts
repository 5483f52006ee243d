import type { HttpClient } from '../../../infra/http';
import type { MusicProvider, MusicProviderId, Playable, Track } from '../music-provider';
import { defined, listOf } from './json-fields';

/**
 * What every remote provider shares: its own HTTP client (limits, circuit breaker) and API base URL, answers that
 * are cached and counted (`isRemote`), track ids of a known shape (any other id is no track of theirs and is asked
 * of no one), and tracks read one by one from a list in a JSON answer. Each provider says how it searches, looks a
 * track up and reads one.
 */
export abstract class RemoteProvider implements MusicProvider {
  abstract readonly id: MusicProviderId;
  abstract readonly name: string;
  abstract readonly playable: Playable;
  readonly isRemote = true;
  /** The shape of the provider's track ids. */
  protected abstract readonly trackId: RegExp;

  constructor(
    protected readonly http: HttpClient,
    protected readonly apiUrl: string,
  ) {}

  abstract search(query: string, limit: number): Promise<Track[]>;

  async getTrack(providerTrackId: string): Promise<Track | null> {
    return this.trackId.test(providerTrackId) ? this.lookup(providerTrackId) : null;
  }

  /** The track of an id of the right shape, or null when the provider has none. */
  protected abstract lookup(providerTrackId: string): Promise<Track | null>;

  /** Reads one item of an answer; null for an item that is no usable track. */
  protected abstract toTrack(item: unknown): Track | null;

  /** The usable tracks of the list `field` of an answer (of the items `keep` accepts, when given). */
  protected tracksIn(body: unknown, field: string, keep: (item: unknown) => boolean = () => true): Track[] {
    return listOf(this.id, body, field)
      .filter(keep)
      .map((item) => this.toTrack(item))
      .filter(defined);
  }
}
