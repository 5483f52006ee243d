import type { HttpClient } from '../../../infra/http';
import type { MusicProvider, Track } from '../music-provider';
import { defined, urlOf, idOf, listOf, numberOf, objectOf, textOf } from './json-fields';

/** iTunes Search API (no key; about 20 calls a minute): 30 s previews. */
export class ItunesProvider implements MusicProvider {
  readonly id = 'itunes';
  readonly name = 'Apple Music (iTunes)';
  readonly playable = 'preview';
  readonly isRemote = true;

  constructor(
    private readonly http: HttpClient,
    private readonly apiUrl: string,
  ) {}

  async search(query: string, limit: number): Promise<Track[]> {
    const body = await this.http.getJson(`${this.apiUrl}/search`, { query: { term: query, media: 'music', entity: 'song', limit } });
    return listOf(this.id, body, 'results').map((item) => this.toTrack(item)).filter(defined);
  }

  async getTrack(providerTrackId: string): Promise<Track | null> {
    if (!/^\d{1,15}$/.test(providerTrackId)) return null;
    const body = await this.http.getJson(`${this.apiUrl}/lookup`, { query: { id: providerTrackId, entity: 'song' } });
    const song = listOf(this.id, body, 'results')
      .map((item) => this.toTrack(item))
      .find((track) => track?.providerTrackId === providerTrackId);
    return song ?? null;
  }

  private toTrack(item: unknown): Track | null {
    const t = objectOf(item);
    const id = idOf(t?.trackId);
    const title = textOf(t?.trackName);
    const artist = textOf(t?.artistName);
    const millis = numberOf(t?.trackTimeMillis);
    if (!t || t.kind !== 'song' || !id || !title || !artist || millis === undefined) return null;
    // Artwork URLs name their size; the same path serves larger renditions.
    const artwork = urlOf(t.artworkUrl100)?.replace(/\/100x100bb\./, '/600x600bb.');
    return {
      provider: this.id,
      providerTrackId: id,
      title,
      artist,
      album: textOf(t.collectionName),
      durationMs: Math.round(millis),
      artworkUrl: artwork,
      previewUrl: urlOf(t.previewUrl),
      externalUrl: urlOf(t.trackViewUrl),
    };
  }
}
