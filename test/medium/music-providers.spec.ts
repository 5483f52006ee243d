import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, UpstreamError } from '../../src/infra/http';
import { DeezerProvider } from '../../src/modules/music/providers/deezer.provider';
import { ItunesProvider } from '../../src/modules/music/providers/itunes.provider';
import { JamendoProvider } from '../../src/modules/music/providers/jamendo.provider';
import { YoutubeQuota } from '../../src/modules/music/providers/youtube-quota';
import { YoutubeProvider } from '../../src/modules/music/providers/youtube.provider';
import { FAKE_KEYS, FakeMusicServer, fixture } from '../support/fake-music-server';

/** Each adapter against its provider's recorded answers, served by the local fake (never the internet). */
describe('music provider adapters', () => {
  let fake: FakeMusicServer;
  const http = (name: string) => new HttpClient({ name, timeoutMs: 500, retries: 1, backoff: { baseMs: 1, maxMs: 10 } });
  const deezer = () => new DeezerProvider(http('deezer'), `${fake.url}/deezer`);
  const youtube = (quota = new YoutubeQuota()) => new YoutubeProvider(http('youtube'), `${fake.url}/youtube/v3`, FAKE_KEYS.youtubeKey, quota);
  const jamendo = (clientId: string = FAKE_KEYS.jamendoClientId) => new JamendoProvider(http('jamendo'), `${fake.url}/jamendo/v3.0`, clientId);
  const itunes = () => new ItunesProvider(http('itunes'), `${fake.url}/itunes`);

  beforeAll(async () => {
    fake = await FakeMusicServer.start();
  });
  afterEach(() => {
    for (const p of ['deezer', 'youtube', 'jamendo', 'itunes'] as const) fake.recover(p);
  });
  afterAll(() => fake.close());

  describe('Deezer', () => {
    it('maps search results to tracks, skipping unreadable ones', async () => {
      const tracks = await deezer().search('daft punk', 3);
      expect(fake.requests.at(-1)?.query.get('q')).toBe('daft punk');
      expect(tracks.map((t) => t.providerTrackId)).toEqual(['3135556', '3135553']);
      expect(tracks[0]).toEqual({
        provider: 'deezer',
        providerTrackId: '3135556',
        title: 'Harder, Better, Faster, Stronger',
        artist: 'Daft Punk',
        album: 'Discovery',
        durationMs: 224_000,
        artworkUrl: 'https://e-cdns-images.dzcdn.net/images/cover/2e018122cb56986277102d2041a592c8/500x500-000000-80-0-0.jpg',
        previewUrl: expect.stringMatching(/^https:\/\/cdnt-preview\.dzcdn\.net\/.+\.mp3\?hdnea=exp=\d+/),
        externalUrl: 'https://www.deezer.com/track/3135556',
      });
    });

    it('reads a track, its preview expiry, and "no data" (error 800) as not found', async () => {
      const provider = deezer();
      const track = await provider.getTrack('3135556');
      expect(track).toMatchObject({ title: 'Harder, Better, Faster, Stronger', durationMs: 224_000 });
      const expiresAt = provider.previewExpiresAt(track!);
      expect(expiresAt).toBeGreaterThan(Date.now());
      expect(await provider.getTrack('999999999')).toBeNull();
      const before = fake.count('deezer');
      expect(await provider.getTrack('not-a-number')).toBeNull();
      expect(fake.count('deezer')).toBe(before);
    });

    it('retries the quota error Deezer sends inside a 200 answer', async () => {
      fake.script('deezer', { status: 200, body: fixture('deezer', 'error-quota') });
      const before = fake.count('deezer');
      expect(await deezer().search('daft punk', 3)).toHaveLength(2);
      expect(fake.count('deezer') - before).toBe(2);
    });
  });

  describe('YouTube', () => {
    it('searches, then reads durations with videos.list, skipping live streams and "- Topic" suffixes', async () => {
      const before = { search: fake.count('youtube', '/search'), videos: fake.count('youtube', '/videos') };
      const tracks = await youtube().search('never gonna give you up', 3);
      expect(fake.count('youtube', '/search') - before.search).toBe(1);
      expect(fake.count('youtube', '/videos') - before.videos).toBe(1);
      const videosCall = fake.requests.filter((r) => r.provider === 'youtube' && r.path === '/videos').at(-1);
      expect(videosCall?.query.get('id')).toBe('dQw4w9WgXcQ,lYBUbBu4W08');
      expect(videosCall?.query.get('part')).toBe('snippet,contentDetails');
      expect(tracks).toEqual([
        {
          provider: 'youtube',
          providerTrackId: 'dQw4w9WgXcQ',
          title: 'Rick Astley - Never Gonna Give You Up (Official Music Video)',
          artist: 'Rick Astley',
          durationMs: 213_000,
          artworkUrl: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
          externalUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        },
        {
          provider: 'youtube',
          providerTrackId: 'lYBUbBu4W08',
          title: 'Never Gonna Give You Up (Cake Mix)',
          artist: 'Rick Astley',
          durationMs: 347_000,
          artworkUrl: 'https://i.ytimg.com/vi/lYBUbBu4W08/hqdefault.jpg',
          externalUrl: 'https://www.youtube.com/watch?v=lYBUbBu4W08',
        },
      ]);
    });

    it('reads one video, and an unknown id as not found', async () => {
      expect(await youtube().getTrack('dQw4w9WgXcQ')).toMatchObject({ durationMs: 213_000, artist: 'Rick Astley' });
      expect(await youtube().getTrack('AAAAAAAAAAA')).toBeNull();
      expect(await youtube().getTrack('../../etc')).toBeNull();
    });

    it('stops calling for the day once YouTube answers quotaExceeded', async () => {
      const quota = new YoutubeQuota();
      const provider = youtube(quota);
      fake.script('youtube', { status: 403, body: fixture('youtube', 'error-quota-exceeded') });
      await expect(provider.search('anything', 5)).rejects.toMatchObject({ failure: 'status', status: 403 });
      const before = fake.count('youtube');
      await expect(provider.search('anything', 5)).rejects.toMatchObject({ failure: 'rate_limited' });
      expect(fake.count('youtube')).toBe(before);
    });
  });

  describe('Jamendo', () => {
    it('maps search results with full streams and their Creative Commons licence', async () => {
      const tracks = await jamendo().search('brad sucks', 2);
      const call = fake.requests.at(-1);
      expect(call?.query.get('search')).toBe('brad sucks');
      expect(call?.query.get('client_id')).toBe(FAKE_KEYS.jamendoClientId);
      expect(tracks[0]).toEqual({
        provider: 'jamendo',
        providerTrackId: '1186',
        title: 'Making Me Nervous',
        artist: 'Brad Sucks',
        album: "I Don't Know What I'm Doing",
        durationMs: 139_000,
        artworkUrl: 'https://usercontent.jamendo.com?type=album&id=135&width=300&trackid=1186',
        previewUrl: 'https://prod-1.storage.jamendo.com/?trackid=1186&format=mp32&from=app-devsite',
        externalUrl: 'https://www.jamendo.com/track/1186',
        license: 'CC BY-SA 3.0',
      });
      expect(tracks[1].license).toBe('CC BY-NC-SA 3.0');
    });

    it('reads one track by id, an unknown one as not found', async () => {
      expect(await jamendo().getTrack('1190')).toMatchObject({ title: 'Dropping Out of School', durationMs: 189_000 });
      expect(await jamendo().getTrack('424242')).toBeNull();
    });

    it('reports a rejected client id (a 200 with status "failed") as a provider failure', async () => {
      const error = await jamendo('wrong-client').search('x', 1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UpstreamError);
      expect((error as UpstreamError).message).toContain('check your client_id');
    });
  });

  describe('iTunes', () => {
    it('maps songs served as text/javascript, with larger artwork', async () => {
      const tracks = await itunes().search('jack johnson', 2);
      expect(tracks[0]).toEqual({
        provider: 'itunes',
        providerTrackId: '1469577741',
        title: 'Upside Down',
        artist: 'Jack Johnson',
        album: 'Jack Johnson and Friends: Sing-A-Longs and Lullabies for the Film Curious George',
        durationMs: 208_643,
        artworkUrl:
          'https://is1-ssl.mzstatic.com/image/thumb/Music115/v4/0f/15/7b/0f157b1c-0a1e-5a95-2d39-1f2ad3a1ba09/06UMGIM03728.rgb.jpg/600x600bb.jpg',
        previewUrl:
          'https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview115/v4/b2/cb/42/b2cb4264-7ea2-6c2a-5b0b-55d5a7a5a4ab/mzaf_3471429562442357521.plus.aac.p.m4a',
        externalUrl: 'https://music.apple.com/us/album/upside-down/1469577723?i=1469577741&uo=4',
      });
      expect(tracks).toHaveLength(2);
    });

    it('looks a song up by id, an unknown one as not found', async () => {
      expect(await itunes().getTrack('1469577741')).toMatchObject({ title: 'Upside Down' });
      expect(await itunes().getTrack('1')).toBeNull();
    });
  });

  it('treats an answer that is not the documented shape as a provider failure', async () => {
    fake.script('itunes', { status: 200, body: { unexpected: true } });
    await expect(itunes().search('x', 1)).rejects.toMatchObject({ failure: 'invalid_response' });
  });
});
