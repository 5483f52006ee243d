import type { Track } from '../music-provider';
import { urlOf, idOf, numberOf, objectOf, textOf } from './json-fields';
import { RemoteProvider } from './remote-provider';

/** iTunes Search API (no key; about 20 calls a minute): 30 s previews. */
export class ItunesProvider extends RemoteProvider {
  readonly id = 'itunes';
  readonly name = 'Apple Music (iTunes)';
  readonly playable = 'preview';
  protected readonly trackId = /^\d{1,15}$/;

  async search(query: string, limit: number): Promise<Track[]> {
    const body = await this.http.getJson(`${this.apiUrl}/search`, { query: { term: query, media: 'music', entity: 'song', limit } });
    return this.tracksIn(body, 'results');
  }

  protected async lookup(providerTrackId: string): Promise<Track | null> {
    const body = await this.http.getJson(`${this.apiUrl}/lookup`, { query: { id: providerTrackId, entity: 'song' } });
    return this.tracksIn(body, 'results').find((track) => track.providerTrackId === providerTrackId) ?? null;
  }

  protected toTrack(item: unknown): Track | null {
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
