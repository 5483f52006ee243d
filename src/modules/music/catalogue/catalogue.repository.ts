import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../../infra/database';
import type { CatalogueEntry } from './bundled-catalogue';
import { escapeLike } from './search-text';

export interface CatalogueRow {
  slug: string;
  title: string;
  artist: string;
  album: string | null;
  duration_ms: number;
  license: string;
  external_url: string | null;
}

const COLUMNS = 'slug, title, artist, album, duration_ms, license, external_url';

@Injectable()
export class CatalogueRepository {
  /**
   * Makes the table equal to the data file in two statements. Unchanged rows are not rewritten, so a boot with
   * nothing new writes nothing; instances booting together insert in the same (slug) order and cannot deadlock.
   */
  async replaceAll(q: Queryable, entries: CatalogueEntry[]): Promise<void> {
    const sorted = [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    const column = <K extends keyof CatalogueEntry>(key: K) => sorted.map((e) => e[key]);
    await q.query(
      `INSERT INTO catalogue_tracks (slug, title, artist, album, duration_ms, license, external_url, title_key, artist_key, search_text)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       ON CONFLICT ON CONSTRAINT "UQ_catalogue_tracks_slug" DO UPDATE SET
         title = EXCLUDED.title, artist = EXCLUDED.artist, album = EXCLUDED.album, duration_ms = EXCLUDED.duration_ms,
         license = EXCLUDED.license, external_url = EXCLUDED.external_url, title_key = EXCLUDED.title_key,
         artist_key = EXCLUDED.artist_key, search_text = EXCLUDED.search_text
       WHERE (catalogue_tracks.title, catalogue_tracks.artist, catalogue_tracks.album, catalogue_tracks.duration_ms,
              catalogue_tracks.license, catalogue_tracks.external_url, catalogue_tracks.search_text)
         IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.artist, EXCLUDED.album, EXCLUDED.duration_ms,
              EXCLUDED.license, EXCLUDED.external_url, EXCLUDED.search_text)`,
      [
        column('slug'),
        column('title'),
        column('artist'),
        column('album'),
        column('durationMs'),
        column('license'),
        column('externalUrl'),
        column('titleKey'),
        column('artistKey'),
        column('searchText'),
      ],
    );
    await q.query(`DELETE FROM catalogue_tracks WHERE slug <> ALL($1::text[])`, [column('slug')]);
  }

  /**
   * Every word of the query must appear somewhere (title, artist or album); ranked exact title, title prefix,
   * title word prefix, title substring, artist, then anything else; shorter titles first within a rank.
   * `key` is already folded by searchKey().
   */
  async search(q: Queryable, key: string, limit: number): Promise<CatalogueRow[]> {
    if (!key) return [];
    const words = key.split(' ').map((word) => `%${escapeLike(word)}%`);
    const literal = escapeLike(key);
    return q.query<CatalogueRow>(
      `SELECT ${COLUMNS} FROM catalogue_tracks
       WHERE search_text LIKE ALL ($1::text[])
       ORDER BY CASE
           WHEN title_key = $2::text THEN 0
           WHEN title_key LIKE ($3::text || '%') THEN 1
           WHEN title_key LIKE ('% ' || $3::text || '%') THEN 2
           WHEN title_key LIKE ('%' || $3::text || '%') THEN 3
           WHEN artist_key = $2::text OR artist_key LIKE ($3::text || '%') THEN 4
           ELSE 5
         END,
         length(title_key), title_key COLLATE "C", slug COLLATE "C"
       LIMIT $4::int`,
      [words, key, literal, limit],
    );
  }

  async findBySlug(q: Queryable, slug: string): Promise<CatalogueRow | null> {
    const rows = await q.query<CatalogueRow>(`SELECT ${COLUMNS} FROM catalogue_tracks WHERE slug = $1`, [slug]);
    return rows[0] ?? null;
  }
}
