import { Injectable } from '@nestjs/common';
import { Tx } from '../../infra/database';
import { TrackCatalog, type TrackDto } from '../music';
import type { Queryable as Sql } from '../../infra/database';

export type EventTrack = TrackDto;

/** The events module's view of the music module: stored tracks by id, and (provider, id) → stored track. */
@Injectable()
export class EventTracks {
  constructor(private readonly catalog: TrackCatalog) {}

  /** Call it before opening a transaction: a first lookup goes to the provider (404 unknown, 503 provider down). */
  resolve(provider: string, providerTrackId: string): Promise<{ trackId: string; track: EventTrack }> {
    return this.catalog.resolve(provider, providerTrackId).then(({ id, track }) => ({ trackId: id, track }));
  }

  byIds(ids: string[], sql: Sql): Promise<Map<string, EventTrack>> {
    return this.catalog.byIds(ids, sql instanceof Tx ? sql : undefined);
  }

  async one(id: string, sql: Sql): Promise<EventTrack> {
    const track = (await this.byIds([id], sql)).get(id);
    // The foreign key (ON DELETE RESTRICT) keeps every track an entry references.
    if (!track) throw new Error(`Track ${id} is missing`);
    return track;
  }
}
