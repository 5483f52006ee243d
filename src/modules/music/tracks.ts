import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Database, type Queryable, type Tx } from '../../infra/database';
import { BundledAudio } from './audio/bundled-audio.service';
import { toTrackDto, type TrackDto } from './dto/track.dto';
import { isMusicProviderId, type MusicProviderId } from './music-provider';
import { MusicService } from './music.service';
import { toStoredFields, toTrack, type StoredTrack } from './stored-track';
import { TracksRepository } from './tracks.repository';

/** Deezer signs preview URLs for a limited time: they are fetched again on read, never stored. */
const EXPIRING_PREVIEWS: ReadonlySet<MusicProviderId> = new Set(['deezer']);
/** Bundled previews are derived from PUBLIC_URL, so a changed URL never leaves stale rows. */
const UNSTORED_PREVIEWS: ReadonlySet<MusicProviderId> = new Set(['deezer', 'bundled']);

export interface ResolvedTrack {
  /** The `tracks` row id to reference (events, playlists). */
  id: string;
  track: TrackDto;
}

/**
 * The track lookup port the music module gives other modules (events, playlists): turn (provider, id) into a
 * stable stored track, and show stored ones by row id, inside the caller's transaction when given one.
 */
@Injectable()
export class Tracks {
  constructor(
    private readonly db: Database,
    private readonly tracks: TracksRepository,
    private readonly music: MusicService,
    private readonly audio: BundledAudio,
  ) {}

  /**
   * The stored track for (provider, providerTrackId), fetched from the provider and stored on first use.
   * Throws NOT_FOUND for an unknown track, PROVIDER_UNAVAILABLE when the provider cannot answer. Safe to call
   * concurrently. Prefer calling it before opening your transaction: a first lookup calls the provider, and a
   * transaction held open meanwhile blocks the embedded database. If you pass `tx`, all SQL runs in it.
   */
  async resolve(provider: string, providerTrackId: string, tx?: Tx): Promise<ResolvedTrack> {
    if (!isMusicProviderId(provider)) throw DomainError.notFound('Track');
    const q = tx ?? this.db;
    const stored = await this.tracks.findByProviderId(q, provider, providerTrackId);
    if (stored) return { id: stored.id, track: this.toDto(stored) };
    if (!this.music.isEnabled(provider)) {
      throw new DomainError('PROVIDER_UNAVAILABLE', `The ${provider} provider is not enabled on this server.`, { provider, reason: 'disabled' });
    }
    const track = await this.music.getTrack(provider, providerTrackId, { tx });
    const fields = toStoredFields(track);
    const row = await this.tracks.upsert(q, { ...fields, provider, previewUrl: UNSTORED_PREVIEWS.has(provider) ? null : fields.previewUrl });
    const shown = this.toDto(row);
    // The preview just fetched is the freshest one (for Deezer, the only one).
    if (track.previewUrl) shown.previewUrl = track.previewUrl;
    return { id: row.id, track: shown };
  }

  /** Stored tracks by row id, as DTOs (Deezer previews left out: see withFreshPreviews). Runs in `q` when given. */
  async byIds(ids: string[], q?: Queryable): Promise<Map<string, TrackDto>> {
    const rows = await this.tracks.findByIds(q ?? this.db, [...new Set(ids)]);
    return new Map(rows.map((row) => [row.id, this.toDto(row)]));
  }

  /** One stored track that a row references: the foreign key (ON DELETE RESTRICT) keeps it, so a miss is a bug. */
  async one(id: string, q?: Queryable): Promise<TrackDto> {
    const track = (await this.byIds([id], q)).get(id);
    if (!track) throw new Error(`Track ${id} is missing`);
    return track;
  }

  /** A stored track as the API shows it. Synchronous: expiring previews are not included. */
  toDto(row: StoredTrack): TrackDto {
    const track = toTrack(row);
    return toTrackDto(row.provider === 'bundled' ? { ...track, previewUrl: this.audio.urlFor(row.providerTrackId) } : track);
  }

  /**
   * Fills in preview URLs that expire (Deezer) from the provider, through the cache. Never fails: a track whose
   * provider is down keeps no preview. Call it outside any transaction (it may go to the network).
   */
  withFreshPreviews(tracks: TrackDto[]): Promise<TrackDto[]> {
    return Promise.all(
      tracks.map(async (track) => {
        if (!EXPIRING_PREVIEWS.has(track.provider) || !this.music.isEnabled(track.provider)) return track;
        try {
          const fresh = await this.music.getTrack(track.provider, track.providerTrackId);
          const copy = toTrackDto(track);
          if (fresh.previewUrl) copy.previewUrl = fresh.previewUrl;
          return copy;
        } catch {
          return track;
        }
      }),
    );
  }
}
