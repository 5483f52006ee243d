import { Injectable } from '@nestjs/common';
import { Database } from '../../../infra/database';
import { BundledAudio } from '../audio/bundled-audio.service';
import { CatalogueRepository, type CatalogueRow } from '../catalogue/catalogue.repository';
import { CatalogueSeeder } from '../catalogue/catalogue-seeder';
import { searchKey } from '../catalogue/search-text';
import type { GetTrackOptions, MusicProvider, Track } from '../music-provider';

/** Freely licensed music shipped with the app: always on, no network, searched in SQL. */
@Injectable()
export class BundledProvider implements MusicProvider {
  readonly id = 'bundled';
  readonly name = 'MusicRoom free catalogue';
  readonly playable = 'full';
  readonly isRemote = false;

  constructor(
    private readonly db: Database,
    private readonly repo: CatalogueRepository,
    private readonly seeder: CatalogueSeeder,
    private readonly audio: BundledAudio,
  ) {}

  async search(query: string, limit: number): Promise<Track[]> {
    const key = searchKey(query);
    if (!key) return [];
    await this.seeder.ready();
    return (await this.repo.search(this.db, key, limit)).map((row) => this.toTrack(row));
  }

  async getTrack(providerTrackId: string, options: GetTrackOptions = {}): Promise<Track | null> {
    // Inside a caller's transaction the seeder (which needs its own connection) must not run: it has at boot.
    if (!options.tx) await this.seeder.ready();
    const row = await this.repo.findBySlug(options.tx ?? this.db, providerTrackId);
    return row ? this.toTrack(row) : null;
  }

  private toTrack(row: CatalogueRow): Track {
    return {
      provider: this.id,
      providerTrackId: row.slug,
      title: row.title,
      artist: row.artist,
      album: row.album ?? undefined,
      durationMs: row.durationMs,
      previewUrl: this.audio.urlFor(row.slug),
      externalUrl: row.externalUrl ?? undefined,
      license: row.license,
    };
  }
}
