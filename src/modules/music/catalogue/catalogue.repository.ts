import { Injectable } from '@nestjs/common';
import { column, selectList, type ColumnOf, type Queryable, type Row } from '../../../infra/database';
import { CatalogueTrackEntity } from '../entities/catalogue-track.entity';
import type { CatalogueEntry } from './bundled-catalogue';
import { escapeLike } from './search-text';

const READ_COLUMNS = ['slug', 'title', 'artist', 'album', 'durationMs', 'license', 'externalUrl'] as const satisfies ReadonlyArray<ColumnOf<CatalogueTrackEntity>>;

/** A track of the catalogue as the bundled provider reads it. */
export type CatalogueRow = Pick<Row<CatalogueTrackEntity>, (typeof READ_COLUMNS)[number]>;

const COLUMNS = selectList(CatalogueTrackEntity, undefined, READ_COLUMNS);

/** Every column the data file fills (all but the generated id), with the array type it is sent as. */
const ENTRY_TYPES = {
  slug: 'text',
  title: 'text',
  artist: 'text',
  album: 'text',
  durationMs: 'int',
  license: 'text',
  externalUrl: 'text',
  titleKey: 'text',
  artistKey: 'text',
  searchText: 'text',
} as const satisfies Record<keyof CatalogueEntry, 'text' | 'int'>;
const ENTRY_PROPERTIES = Object.keys(ENTRY_TYPES) as Array<keyof CatalogueEntry>;
const ENTRY_NAMES = ENTRY_PROPERTIES.map((property) => column(CatalogueTrackEntity, property));
const UPDATED_NAMES = ENTRY_NAMES.filter((name) => name !== column(CatalogueTrackEntity, 'slug'));

const REPLACE_SQL = `INSERT INTO catalogue_tracks (${ENTRY_NAMES.join(', ')})
  SELECT * FROM unnest(${ENTRY_PROPERTIES.map((property, i) => `$${i + 1}::${ENTRY_TYPES[property]}[]`).join(', ')})
  ON CONFLICT ON CONSTRAINT "UQ_catalogue_tracks_slug" DO UPDATE SET ${UPDATED_NAMES.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}
  WHERE (${UPDATED_NAMES.map((name) => `catalogue_tracks.${name}`).join(', ')})
    IS DISTINCT FROM (${UPDATED_NAMES.map((name) => `EXCLUDED.${name}`).join(', ')})`;

@Injectable()
export class CatalogueRepository {
  /**
   * Makes the table equal to the data file in two statements. Unchanged rows are not rewritten, so a boot with
   * nothing new writes nothing; instances booting together insert in the same (slug) order and cannot deadlock.
   */
  async replaceAll(q: Queryable, entries: CatalogueEntry[]): Promise<void> {
    const sorted = [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    await q.query(
      REPLACE_SQL,
      ENTRY_PROPERTIES.map((property) => sorted.map((entry) => entry[property])),
    );
    await q.query(`DELETE FROM catalogue_tracks WHERE slug <> ALL($1::text[])`, [sorted.map((entry) => entry.slug)]);
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
