import { Injectable } from '@nestjs/common';
import { Tx } from '../../infra/database';
import { TrackCatalog, type TrackDto } from '../music';
import type { Queryable } from '../../infra/database';

/** The music catalogue as playlists use it: provider ids in, `tracks` row ids and Track DTOs out. */
@Injectable()
export class PlaylistTracks {
  constructor(private readonly catalog: TrackCatalog) {}

  /** The stored track's id; NOT_FOUND or PROVIDER_UNAVAILABLE from the catalogue. Call it outside a transaction. */
  async resolve(provider: string, providerTrackId: string): Promise<string> {
    return (await this.catalog.resolve(provider, providerTrackId)).id;
  }

  byIds(ids: string[], q: Queryable): Promise<Map<string, TrackDto>> {
    return this.catalog.byIds(ids, q instanceof Tx ? q : undefined);
  }

  /** Re-signs expiring preview URLs (may go to the network: never inside a transaction). */
  withFreshPreviews(tracks: TrackDto[]): Promise<TrackDto[]> {
    return this.catalog.withFreshPreviews(tracks);
  }
}
