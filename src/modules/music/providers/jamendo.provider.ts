import type { HttpClient } from '../../../infra/http';
import { UpstreamError } from '../../../infra/http';
import type { Track } from '../music-provider';
import { urlOf, idOf, listOf, numberOf, objectOf, textOf } from './json-fields';
import { RemoteProvider } from './remote-provider';

/** "http://creativecommons.org/licenses/by-nc-sa/3.0/" → "CC BY-NC-SA 3.0". */
export function licenseFromUrl(url: string | undefined): string | undefined {
  const match = url ? /creativecommons\.org\/(?:licenses|publicdomain)\/([a-z-]+)\/(\d\.\d)/i.exec(url) : null;
  if (!match) return undefined;
  return match[1].toLowerCase() === 'zero' ? `CC0 ${match[2]}` : `CC ${match[1].toUpperCase()} ${match[2]}`;
}

/** Jamendo API v3 (client id): Creative Commons music with full-length MP3 streams. */
export class JamendoProvider extends RemoteProvider {
  readonly id = 'jamendo';
  readonly name = 'Jamendo';
  readonly playable = 'full';
  protected readonly trackId = /^\d{1,15}$/;

  constructor(
    http: HttpClient,
    apiUrl: string,
    private readonly clientId: string,
  ) {
    super(http, apiUrl);
  }

  async search(query: string, limit: number): Promise<Track[]> {
    const body = await this.tracks({ search: query, limit, order: 'relevance' });
    return this.tracksIn(body, 'results');
  }

  protected async lookup(providerTrackId: string): Promise<Track | null> {
    const body = await this.tracks({ id: providerTrackId, limit: 1 });
    const [first] = listOf(this.id, body, 'results');
    return first === undefined ? null : this.toTrack(first);
  }

  private async tracks(query: Record<string, string | number>): Promise<unknown> {
    const body = await this.http.getJson(`${this.apiUrl}/tracks/`, {
      query: { client_id: this.clientId, format: 'json', audioformat: 'mp32', imagesize: 300, ...query },
    });
    // Jamendo answers 200 with headers.status "failed" for a bad client id or parameter.
    const headers = objectOf(objectOf(body)?.headers);
    if (textOf(headers?.status) !== 'success') {
      const message = textOf(headers?.error_message) ?? 'unknown error';
      throw new UpstreamError(this.id, 'status', `jamendo error ${String(headers?.code)}: ${message}`, { body });
    }
    return body;
  }

  protected toTrack(item: unknown): Track | null {
    const t = objectOf(item);
    const id = idOf(t?.id);
    const title = textOf(t?.name);
    const artist = textOf(t?.artist_name);
    const seconds = numberOf(t?.duration);
    if (!t || !id || !title || !artist || seconds === undefined) return null;
    return {
      provider: this.id,
      providerTrackId: id,
      title,
      artist,
      album: textOf(t.album_name),
      durationMs: Math.round(seconds * 1_000),
      artworkUrl: urlOf(t.image) ?? urlOf(t.album_image),
      previewUrl: urlOf(t.audio),
      externalUrl: urlOf(t.shareurl) ?? urlOf(t.shorturl),
      license: licenseFromUrl(textOf(t.license_ccurl)),
    };
  }
}
