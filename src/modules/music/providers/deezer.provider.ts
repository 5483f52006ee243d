import { UpstreamError } from '../../../infra/http';
import type { Track } from '../music-provider';
import { urlOf, idOf, numberOf, objectOf, textOf } from './json-fields';
import { RemoteProvider } from './remote-provider';

/** Deezer reports errors inside 200 answers: https://developers.deezer.com/api/errors */
const DEEZER_ERROR = { QUOTA: 4, SERVICE_BUSY: 700, DATA_NOT_FOUND: 800 } as const;

const THROTTLED: ReadonlySet<number> = new Set([DEEZER_ERROR.QUOTA, DEEZER_ERROR.SERVICE_BUSY]);

const deezerErrorCode = (body: unknown): number | undefined => numberOf(objectOf(objectOf(body)?.error)?.code);

/** Deezer public API (no key). Previews are 30 s MP3s whose signed URLs expire, so they are never stored. */
export class DeezerProvider extends RemoteProvider {
  readonly id = 'deezer';
  readonly name = 'Deezer';
  readonly playable = 'preview';
  protected readonly trackId = /^\d{1,20}$/;

  async search(query: string, limit: number): Promise<Track[]> {
    const body = await this.get(`${this.apiUrl}/search`, { q: query, limit });
    return this.tracksIn(body, 'data', (item) => objectOf(item)?.readable !== false);
  }

  protected async lookup(providerTrackId: string): Promise<Track | null> {
    const body = await this.get(`${this.apiUrl}/track/${providerTrackId}`);
    if (body === null || deezerErrorCode(body) === DEEZER_ERROR.DATA_NOT_FOUND) return null;
    return this.toTrack(body);
  }

  /** Signed preview URLs carry their expiry: `...mp3?hdnea=exp=1700000000~acl=...`. */
  previewExpiresAt(track: Track): number | undefined {
    const exp = track.previewUrl ? /[?&~]hdnea=exp=(\d+)|[?&~]exp=(\d+)/.exec(track.previewUrl) : null;
    const seconds = exp ? Number(exp[1] ?? exp[2]) : undefined;
    return seconds ? seconds * 1_000 : undefined;
  }

  private async get(url: string, query?: Record<string, string | number>): Promise<unknown> {
    const body = await this.http.getJson(url, {
      query,
      notFoundAsNull: true,
      isThrottled: (answer) => THROTTLED.has(deezerErrorCode(answer) ?? -1),
    });
    const code = deezerErrorCode(body);
    if (code !== undefined && code !== DEEZER_ERROR.DATA_NOT_FOUND) {
      const message = textOf(objectOf(objectOf(body)?.error)?.message) ?? 'unknown error';
      throw new UpstreamError(this.id, 'status', `deezer error ${code}: ${message}`, { body });
    }
    return body;
  }

  protected toTrack(item: unknown): Track | null {
    const t = objectOf(item);
    const id = idOf(t?.id);
    const title = textOf(t?.title);
    const artist = textOf(objectOf(t?.artist)?.name);
    const seconds = numberOf(t?.duration);
    if (!t || !id || !title || !artist || seconds === undefined) return null;
    const album = objectOf(t.album);
    return {
      provider: this.id,
      providerTrackId: id,
      title,
      artist,
      album: textOf(album?.title),
      durationMs: Math.round(seconds * 1_000),
      artworkUrl: urlOf(album?.cover_big) ?? urlOf(album?.cover_medium),
      previewUrl: urlOf(t.preview),
      externalUrl: urlOf(t.link),
    };
  }
}
