import data from './bundled-catalogue.json';
import type { Row } from '../../../infra/database';
import type { CatalogueTrackEntity } from '../entities/catalogue-track.entity';
import { searchKey } from './search-text';

/** One track of the bundled catalogue, ready to be stored and searched. */
export type CatalogueEntry = Omit<Row<CatalogueTrackEntity>, 'id'>;

interface RawEntry {
  slug: string;
  title: string;
  artist: string;
  album: string | null;
  duration: string;
  license: string;
  url: string | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DURATION = /^(\d{1,2}):([0-5]\d)$/;

function parseEntry(raw: RawEntry, index: number): CatalogueEntry {
  const where = `bundled-catalogue.json tracks[${index}]`;
  const duration = DURATION.exec(raw.duration);
  if (!SLUG.test(raw.slug)) throw new Error(`${where}: slug "${raw.slug}" must be lower-case words joined by dashes`);
  if (!duration) throw new Error(`${where}: duration "${raw.duration}" must be m:ss`);
  if (!raw.title.trim() || !raw.artist.trim() || !raw.license.trim()) throw new Error(`${where}: title, artist and license are required`);
  if (raw.url !== null && !/^https:\/\//.test(raw.url)) throw new Error(`${where}: url must be https`);
  const titleKey = searchKey(raw.title);
  const artistKey = searchKey(raw.artist);
  return {
    slug: raw.slug,
    title: raw.title,
    artist: raw.artist,
    album: raw.album,
    durationMs: (Number(duration[1]) * 60 + Number(duration[2])) * 1_000,
    license: raw.license,
    externalUrl: raw.url,
    titleKey,
    artistKey,
    searchText: [titleKey, artistKey, searchKey(raw.album ?? '')].filter(Boolean).join(' '),
  };
}

/** The data file, validated: a broken edit fails at boot (and in the unit test), not at the first search. */
export function loadBundledCatalogue(raw: { tracks: RawEntry[] } = data): CatalogueEntry[] {
  const entries = raw.tracks.map(parseEntry);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.slug)) throw new Error(`bundled-catalogue.json: slug "${entry.slug}" appears twice`);
    seen.add(entry.slug);
  }
  return entries;
}
