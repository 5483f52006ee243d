import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The bundled catalogue, seeded from catalogue/bundled-catalogue.json at boot. `title_key`, `artist_key` and
 * `search_text` hold the accent- and case-folded forms computed in JS (see search-text.ts). A few hundred rows:
 * the LIKE '%…%' search scans them, so there is no search index to keep.
 */
@Entity({ name: 'catalogue_tracks' })
@Unique('UQ_catalogue_tracks_slug', ['slug'])
export class CatalogueTrackEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_catalogue_tracks' })
  id: string;

  /** The bundled provider's track id. */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  artist: string;

  @Column({ type: 'text', nullable: true })
  album: string | null;

  @Column({ type: 'integer', name: 'duration_ms' })
  durationMs: number;

  @Column({ type: 'text' })
  license: string;

  @Column({ type: 'text', name: 'external_url', nullable: true })
  externalUrl: string | null;

  @Column({ type: 'text', name: 'title_key' })
  titleKey: string;

  @Column({ type: 'text', name: 'artist_key' })
  artistKey: string;

  @Column({ type: 'text', name: 'search_text' })
  searchText: string;
}
