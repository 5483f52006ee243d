import { Injectable } from '@nestjs/common';
import { PreparedStatement, type Queryable } from '../../infra/database';
import { TRACK_COLUMNS, type StoredTrack } from './stored-track';

export type NewTrack = Omit<StoredTrack, 'id'>;

/** Prepared: every queue entry, playlist track and now-playing card shown is read with it. */
const BY_IDS = new PreparedStatement(`SELECT ${TRACK_COLUMNS} FROM tracks WHERE id = ANY($1::uuid[])`);

@Injectable()
export class TracksRepository {
  async findByProviderId(q: Queryable, provider: string, providerTrackId: string): Promise<StoredTrack | null> {
    const rows = await q.query<StoredTrack>(
      `SELECT ${TRACK_COLUMNS} FROM tracks WHERE provider = $1 AND provider_track_id = $2`,
      [provider, providerTrackId],
    );
    return rows[0] ?? null;
  }

  async findByIds(q: Queryable, ids: string[]): Promise<StoredTrack[]> {
    if (ids.length === 0) return [];
    return q.query<StoredTrack>(BY_IDS, [ids]);
  }

  /**
   * Inserts the track or refreshes its metadata, in one statement: concurrent callers storing the same track all
   * get the one row back (the loser of the race waits for the winner's commit, then updates it).
   */
  async upsert(q: Queryable, track: NewTrack): Promise<StoredTrack> {
    const rows = await q.query<StoredTrack>(
      `INSERT INTO tracks (provider, provider_track_id, title, artist, album, duration_ms, artwork_url, preview_url, external_url, license)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ON CONSTRAINT "UQ_tracks_provider_track" DO UPDATE SET
         title = EXCLUDED.title, artist = EXCLUDED.artist, album = EXCLUDED.album, duration_ms = EXCLUDED.duration_ms,
         artwork_url = EXCLUDED.artwork_url, preview_url = EXCLUDED.preview_url, external_url = EXCLUDED.external_url,
         license = EXCLUDED.license, updated_at = now()
       RETURNING ${TRACK_COLUMNS}`,
      [
        track.provider,
        track.providerTrackId,
        track.title,
        track.artist,
        track.album,
        track.durationMs,
        track.artworkUrl,
        track.previewUrl,
        track.externalUrl,
        track.license,
      ],
    );
    return rows[0];
  }
}
