import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/infra/database';
import { Tracks } from '../../src/modules/music';
import { FakeMusicServer } from '../support/fake-music-server';
import { authHeader, signedInUser } from '../support/sessions';
import { bootTestApp, type TestApp } from '../support/test-app';

const TRACK_KEYS = ['provider', 'providerTrackId', 'title', 'artist', 'album', 'durationMs', 'artworkUrl', 'previewUrl', 'externalUrl', 'license'];
const unique = (q: string) => `${q} ${randomUUID()}`;

/** Redis-backed cache when the run provides Redis (CI's services suite), the in-process LRU otherwise. */
const redisEnv = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};

describe(`music API (cache: ${process.env.REDIS_URL ? 'redis' : 'memory'})`, () => {
  let t: TestApp;
  let fake: FakeMusicServer;
  let auth: [string, string];
  const get = (path: string) => t.http.get(path).set(...auth);

  beforeAll(async () => {
    fake = await FakeMusicServer.start();
    t = await bootTestApp({ env: { ...fake.env(), ...redisEnv, MUSIC_HTTP_TIMEOUT_MS: '300', PUBLIC_URL: 'https://musicroom.example' } });
    auth = authHeader(await signedInUser(t, 'listener'));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('requires a signed-in user for music routes, but not for bundled audio (test/e2e/bundled-audio.e2e-spec.ts)', async () => {
    const res = await t.http.get('/api/music/search?q=aria').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    // Past the access guard without a token: the route's own answer for a file that is not a track.
    expect((await t.http.get('/api/music/audio/no-such-track.mp3').expect(404)).body.code).toBe('NOT_FOUND');
  });

  it('lists the enabled providers, the bundled catalogue first, with how each plays', async () => {
    const res = await get('/api/music/providers').expect(200);
    expect(res.body).toEqual([
      { id: 'bundled', name: expect.any(String), playable: 'full' },
      { id: 'deezer', name: 'Deezer', playable: 'preview' },
      { id: 'youtube', name: 'YouTube', playable: 'embed' },
      { id: 'jamendo', name: 'Jamendo', playable: 'full' },
      { id: 'itunes', name: expect.any(String), playable: 'preview' },
    ]);
  });

  describe('validation', () => {
    it.each([
      ['/api/music/search', 'q'],
      ['/api/music/search?q=%20%20', 'q'],
      [`/api/music/search?q=${'x'.repeat(201)}`, 'q'],
      ['/api/music/search?q=a&limit=0', 'limit'],
      ['/api/music/search?q=a&limit=51', 'limit'],
      ['/api/music/search?q=a&limit=ten', 'limit'],
      ['/api/music/search?q=a&limit=2.5', 'limit'],
      ['/api/music/search?q=a&provider=spotify', 'provider'],
      ['/api/music/search?q=a&q=b', 'q'],
      ['/api/music/search?q=a&sort=asc', 'sort'],
      [`/api/music/tracks/bundled/${'x'.repeat(201)}`, 'providerTrackId'],
    ])('%s → 400 VALIDATION_FAILED naming %s', async (path, field) => {
      const res = await get(path).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('accepts a query of exactly 200 characters and applies the default limit of 20', async () => {
      await get(`/api/music/search?q=${'x'.repeat(200)}`).expect(200);
      const res = await get('/api/music/search?q=kevin%20macleod').expect(200);
      expect(res.body.items).toHaveLength(20);
    });
  });

  describe('bundled catalogue', () => {
    it('ranks the exact title first and answers in the Track shape with its full-length offline audio', async () => {
      const res = await get('/api/music/search?q=Aria&limit=5').expect(200);
      const [first, second] = res.body.items;
      expect([first.title, second.title]).toEqual(['Aria', 'Aria da Capo']);
      expect(Object.keys(first).every((k) => TRACK_KEYS.includes(k))).toBe(true);
      expect(first).toMatchObject({
        provider: 'bundled',
        providerTrackId: 'kimiko-ishizaka-aria',
        artist: 'Kimiko Ishizaka',
        license: 'CC0 1.0',
        durationMs: expect.any(Number),
        previewUrl: 'https://musicroom.example/api/music/audio/kimiko-ishizaka-aria.mp3',
      });
    });

    it('finds titles and artists whatever the accents and case', async () => {
      const zoe = await get('/api/music/search?q=ZOE%20keating').expect(200);
      expect(zoe.body.items.length).toBeGreaterThan(0);
      expect(zoe.body.items.every((i: { artist: string }) => i.artist === 'Zoë Keating')).toBe(true);
      const satie = await get(`/api/music/search?q=${encodeURIComponent('gymnopédie')}`).expect(200);
      expect(satie.body.items.map((i: { title: string }) => i.title)).toEqual(['Gymnopedie No 1']);
    });

    it('answers an empty list for a query with nothing searchable', async () => {
      expect((await get('/api/music/search?q=%25%25').expect(200)).body).toEqual({ items: [] });
    });

    it('reads one bundled track, and 404 for an unknown one', async () => {
      const res = await get('/api/music/tracks/bundled/kevin-macleod-monkeys-spinning-monkeys').expect(200);
      expect(res.body).toMatchObject({ title: 'Monkeys Spinning Monkeys', artist: 'Kevin MacLeod', license: 'CC BY 4.0' });
      expect((await get('/api/music/tracks/bundled/no-such-track').expect(404)).body.code).toBe('NOT_FOUND');
    });
  });

  describe('remote providers', () => {
    it.each([
      ['deezer', '3135556', 'Harder, Better, Faster, Stronger'],
      ['youtube', 'dQw4w9WgXcQ', 'Rick Astley - Never Gonna Give You Up (Official Music Video)'],
      ['jamendo', '1186', 'Making Me Nervous'],
      ['itunes', '1469577741', 'Upside Down'],
    ])('%s: search and track lookup answer the Track shape', async (provider, id, title) => {
      const search = await get(`/api/music/search?q=${encodeURIComponent(unique('x'))}&provider=${provider}&limit=5`).expect(200);
      expect(search.body.items[0]).toMatchObject({ provider, providerTrackId: id, title });
      for (const item of search.body.items) expect(Object.keys(item).every((k) => TRACK_KEYS.includes(k))).toBe(true);
      const track = await get(`/api/music/tracks/${provider}/${id}`).expect(200);
      expect(track.body).toMatchObject({ provider, providerTrackId: id, title, durationMs: expect.any(Number) });
    });

    it('answers 404 for a track the provider does not have, or a provider that does not exist', async () => {
      for (const path of ['deezer/999999999', 'youtube/AAAAAAAAAAA', 'jamendo/424242', 'itunes/1', 'spotify/123']) {
        const res = await get(`/api/music/tracks/${path}`).expect(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
    });

    it('serves a repeated search and lookup from the cache, without a second outbound call', async () => {
      const q = encodeURIComponent(unique('cache me'));
      const before = fake.count('jamendo');
      const first = await get(`/api/music/search?q=${q}&provider=jamendo`).expect(200);
      const second = await get(`/api/music/search?q=${q}&provider=jamendo`).expect(200);
      expect(second.body).toEqual(first.body);
      expect(fake.count('jamendo') - before).toBe(1);

      const id = '1190';
      const beforeTrack = fake.count('jamendo');
      await get(`/api/music/tracks/jamendo/${id}`).expect(200);
      await get(`/api/music/tracks/jamendo/${id}`).expect(200);
      expect(fake.count('jamendo') - beforeTrack).toBeLessThanOrEqual(1);
    });

    it('answers 503 PROVIDER_UNAVAILABLE for a provider that times out while the others answer normally', async () => {
      fake.hang('deezer');
      try {
        const started = Date.now();
        const [deezer, bundled, jamendo, itunes] = await Promise.all([
          get(`/api/music/search?q=${encodeURIComponent(unique('slow'))}&provider=deezer`),
          get('/api/music/search?q=aria'),
          get(`/api/music/search?q=${encodeURIComponent(unique('fast'))}&provider=jamendo`),
          get(`/api/music/search?q=${encodeURIComponent(unique('fast'))}&provider=itunes`),
        ]);
        expect(deezer.status).toBe(503);
        expect(deezer.body).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', details: { provider: 'deezer', reason: 'timeout' } });
        expect(Date.now() - started).toBeLessThan(3_000);
        expect([bundled.status, jamendo.status, itunes.status]).toEqual([200, 200, 200]);
        expect(jamendo.body.items.length).toBeGreaterThan(0);
        expect(itunes.body.items.length).toBeGreaterThan(0);
      } finally {
        fake.recover('deezer');
      }
      // Recovered: the next search goes through.
      await get(`/api/music/search?q=${encodeURIComponent(unique('back'))}&provider=deezer`).expect(200);
    });

    it('passes a provider 5xx through retries, then answers normally', async () => {
      fake.script('jamendo', { status: 502, body: 'Bad Gateway' }, { status: 503, body: 'Unavailable' });
      const res = await get(`/api/music/search?q=${encodeURIComponent(unique('flaky'))}&provider=jamendo`).expect(200);
      expect(res.body.items).toHaveLength(2);
    });
  });

  describe('Tracks (the track lookup port events and playlists use)', () => {
    const rows = (provider: string, id: string) =>
      t.app.get(Database, { strict: false }).query<{ id: string; preview_url: string | null }>(
        'SELECT id, preview_url FROM tracks WHERE provider = $1 AND provider_track_id = $2',
        [provider, id],
      );

    it('stores one row when many requests resolve the same track at once', async () => {
      const catalog = t.app.get(Tracks, { strict: false });
      const resolved = await Promise.all(Array.from({ length: 8 }, () => catalog.resolve('deezer', '3135556')));
      expect(new Set(resolved.map((r) => r.id)).size).toBe(1);
      const stored = await rows('deezer', '3135556');
      expect(stored).toHaveLength(1);
      expect(stored[0].id).toBe(resolved[0].id);
      // Deezer preview URLs expire: handed out fresh, never stored.
      expect(stored[0].preview_url).toBeNull();
      expect(resolved[0].track.previewUrl).toMatch(/hdnea=exp=/);
    });

    it('refreshes expiring previews on read, and maps stored rows without them', async () => {
      const catalog = t.app.get(Tracks, { strict: false });
      const { id } = await catalog.resolve('deezer', '3135556');
      const stored = (await catalog.byIds([id])).get(id);
      expect(stored).toMatchObject({ title: 'Harder, Better, Faster, Stronger' });
      expect(stored?.previewUrl).toBeUndefined();
      const [fresh] = await catalog.withFreshPreviews([stored!]);
      expect(fresh.previewUrl).toMatch(/^https:\/\/cdnt-preview\.dzcdn\.net\//);
    });

    it('resolves inside a caller transaction, and throws NOT_FOUND for an unknown track', async () => {
      const catalog = t.app.get(Tracks, { strict: false });
      const db = t.app.get(Database, { strict: false });
      const resolved = await db.transaction((tx) => catalog.resolve('bundled', 'komiku-champ-de-tournesol', tx));
      expect(resolved.track).toMatchObject({ title: 'Champ de tournesol', previewUrl: expect.stringContaining('/api/music/audio/') });
      expect((await rows('bundled', 'komiku-champ-de-tournesol'))[0].preview_url).toBeNull();
      await expect(catalog.resolve('bundled', 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(catalog.resolve('napster', '1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await rows('bundled', 'nope')).toEqual([]);
    });

    it('keeps serving a stored track while its provider is down, and refuses a new one with PROVIDER_UNAVAILABLE', async () => {
      const catalog = t.app.get(Tracks, { strict: false });
      const known = await catalog.resolve('youtube', 'dQw4w9WgXcQ');
      fake.hang('youtube');
      try {
        expect((await catalog.resolve('youtube', 'dQw4w9WgXcQ')).id).toBe(known.id);
        await expect(catalog.resolve('youtube', 'lYBUbBu4W08')).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
      } finally {
        fake.recover('youtube');
      }
    });
  });

  it('stops calling a provider that keeps failing (circuit open) until it has had time to recover', async () => {
    fake.script('itunes', ...Array.from({ length: 5 }, () => 'hang' as const));
    for (let i = 0; i < 5; i++) {
      const res = await get(`/api/music/search?q=${encodeURIComponent(unique('down'))}&provider=itunes`).expect(503);
      expect(res.body.details.reason).toBe('timeout');
    }
    const before = fake.count('itunes');
    const res = await get(`/api/music/search?q=${encodeURIComponent(unique('down'))}&provider=itunes`).expect(503);
    expect(res.body.details.reason).toBe('circuit_open');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(fake.count('itunes')).toBe(before);
  });
});

describe('music API with no provider configured', () => {
  let t: TestApp;
  let auth: [string, string];
  beforeAll(async () => {
    t = await bootTestApp();
    auth = authHeader(await signedInUser(t, 'offline'));
  });
  afterAll(() => t.close());

  it('offers the bundled catalogue only, and refuses a search on a provider that is not enabled', async () => {
    expect((await t.http.get('/api/music/providers').set(...auth).expect(200)).body.map((p: { id: string }) => p.id)).toEqual(['bundled']);
    const res = await t.http.get('/api/music/search?q=daft&provider=deezer').set(...auth).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'provider' }] });
    expect((await t.http.get('/api/music/tracks/deezer/3135556').set(...auth).expect(404)).body.code).toBe('NOT_FOUND');
  });
});
