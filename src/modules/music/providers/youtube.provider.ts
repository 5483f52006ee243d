import type { HttpClient } from '../../../infra/http';
import { UpstreamError } from '../../../infra/http';
import type { Track } from '../music-provider';
import { parseIsoDuration } from './iso8601-duration';
import { defined, listOf, objectOf, textOf } from './json-fields';
import { RemoteProvider } from './remote-provider';
import { YOUTUBE_COST, type YoutubeQuota } from './youtube-quota';

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const MUSIC_CATEGORY = '10';
const QUOTA_REASONS = ['quotaExceeded', 'dailyLimitExceeded', 'rateLimitExceeded'];

/** YouTube Data API v3: search.list finds videos, videos.list adds their durations. Played in YouTube's embed. */
export class YoutubeProvider extends RemoteProvider {
  readonly id = 'youtube';
  readonly name = 'YouTube';
  readonly playable = 'embed';
  protected readonly trackId = VIDEO_ID;

  constructor(
    http: HttpClient,
    apiUrl: string,
    private readonly apiKey: string,
    private readonly quota: YoutubeQuota,
  ) {
    super(http, apiUrl);
  }

  async search(query: string, limit: number): Promise<Track[]> {
    this.quota.spend(YOUTUBE_COST.search);
    const found = await this.get('search', {
      part: 'snippet',
      type: 'video',
      videoCategoryId: MUSIC_CATEGORY,
      maxResults: limit,
      q: query,
    });
    const ids = listOf(this.id, found, 'items')
      .map((item) => objectOf(item))
      .filter((item) => textOf(objectOf(item?.snippet)?.liveBroadcastContent) !== 'live')
      .map((item) => textOf(objectOf(item?.id)?.videoId))
      .filter((id): id is string => id !== undefined && VIDEO_ID.test(id));
    if (ids.length === 0) return [];
    const videos = await this.videos(ids);
    return ids.map((id) => videos.get(id)).filter(defined);
  }

  protected async lookup(providerTrackId: string): Promise<Track | null> {
    return (await this.videos([providerTrackId])).get(providerTrackId) ?? null;
  }

  private async videos(ids: string[]): Promise<Map<string, Track>> {
    this.quota.spend(YOUTUBE_COST.list);
    const body = await this.get('videos', { part: 'snippet,contentDetails', id: ids.join(','), maxResults: ids.length });
    return new Map(this.tracksIn(body, 'items').map((track) => [track.providerTrackId, track]));
  }

  private async get(resource: string, query: Record<string, string | number>): Promise<unknown> {
    try {
      return await this.http.getJson(`${this.apiUrl}/${resource}`, { query: { ...query, key: this.apiKey } });
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 403 && this.isQuotaError(error.body)) this.quota.markExhausted();
      throw error;
    }
  }

  private isQuotaError(body: unknown): boolean {
    const errors = objectOf(objectOf(body)?.error)?.errors;
    return Array.isArray(errors) && errors.some((e) => QUOTA_REASONS.includes(textOf(objectOf(e)?.reason) ?? ''));
  }

  protected toTrack(item: unknown): Track | null {
    const video = objectOf(item);
    const id = textOf(video?.id);
    const snippet = objectOf(video?.snippet);
    const title = textOf(snippet?.title);
    const channel = textOf(snippet?.channelTitle);
    const durationMs = parseIsoDuration(textOf(objectOf(video?.contentDetails)?.duration) ?? '');
    // Live streams and premieres report P0D: nothing to queue.
    if (!id || !title || !channel || !durationMs) return null;
    const thumbnails = objectOf(snippet?.thumbnails);
    const artwork = ['high', 'medium', 'default'].map((size) => textOf(objectOf(thumbnails?.[size])?.url)).find(defined);
    return {
      provider: this.id,
      providerTrackId: id,
      title,
      // Auto-generated artist channels are named "<Artist> - Topic".
      artist: channel.replace(/ - Topic$/, ''),
      durationMs,
      artworkUrl: artwork,
      externalUrl: `https://www.youtube.com/watch?v=${id}`,
    };
  }
}
