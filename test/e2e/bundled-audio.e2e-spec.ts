import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/infra/database';
import { BundledAudio } from '../../src/modules/music/audio/bundled-audio.service';
import { loadBundledCatalogue } from '../../src/modules/music/catalogue/bundled-catalogue';
import { walkMp3 } from '../support/mp3-frames';
import { authHeader, signedInUser } from '../support/sessions';
import { bootTestApp, type TestApp } from '../support/test-app';

/** Collects a binary body as a Buffer (supertest only does so by itself for some types). */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
const catalogue = loadBundledCatalogue();
const longest = catalogue.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
const shortest = catalogue.reduce((a, b) => (b.durationMs < a.durationMs ? b : a));

/** Short entries added to the seeded catalogue, for the tests whose subject is not a track's full length. */
const FAKE = [
  { slug: 'test-range-tune', durationMs: 6_000 },
  { slug: 'test-burst-tune', durationMs: 9_000 },
  { slug: 'test-long-tune', durationMs: 150_000 },
];

describe('bundled audio: full-length generated tracks', () => {
  let t: TestApp;
  let cacheDir: string;
  let audio: BundledAudio;
  const get = (path: string) => t.http.get(path).buffer(true).parse(binary);

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'musicroom-audio-test-'));
    t = await bootTestApp({ env: { AUDIO_CACHE_DIR: cacheDir, RATE_LIMIT_PER_MINUTE: '0', PUBLIC_URL: 'https://audio.example' } });
    audio = t.app.get(BundledAudio, { strict: false });
    for (const fake of FAKE) {
      await t.app.get(Database, { strict: false }).query(
        `INSERT INTO catalogue_tracks (slug, title, artist, duration_ms, license, title_key, artist_key, search_text)
         VALUES ($1, $1, 'Test', $2, 'CC0 1.0', $1, 'test', $1)`,
        [fake.slug, fake.durationMs],
      );
    }
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it.each([
    ['the longest', longest.slug],
    ['the shortest', shortest.slug],
    ['one found by search', 'kevin-macleod-monkeys-spinning-monkeys'],
  ])('plays as long as its durationMs: %s track (%s)', async (_which, slug) => {
    const user = await signedInUser(t, `listener-${slug}`);
    const track = (await t.http.get(`/api/music/tracks/bundled/${slug}`).set(...authHeader(user)).expect(200)).body as { durationMs: number; previewUrl: string };
    expect(track.previewUrl).toBe(`https://audio.example/api/music/audio/${slug}.mp3`);

    const res = await get(new URL(track.previewUrl).pathname).expect(200);
    const body = res.body as Buffer;
    expect(res.headers).toMatchObject({ 'content-type': 'audio/mpeg', 'accept-ranges': 'bytes', 'content-length': String(body.length) });
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);

    const mp3 = walkMp3(body);
    expect(mp3).toMatchObject({ sampleRate: 22_050, channels: 1, bitratesKbps: [48], hasInfoTag: false });
    expect(Math.abs(mp3.durationMs - track.durationMs)).toBeLessThan(1_000);
    // What a player estimates from a CBR stream's size agrees too.
    expect(Math.abs((body.length * 8) / 48 - track.durationMs)).toBeLessThan(1_000);
  }, 300_000);

  it('answers ranges with 206, conditional requests with 304, and a range past the end with 416 in the error contract', async () => {
    const path = `/api/music/audio/${FAKE[0].slug}.mp3`;
    const full = await get(path).expect(200);
    const whole = full.body as Buffer;
    const size = whole.length;

    const head = await get(path).set('Range', 'bytes=0-99').expect(206);
    expect(head.headers).toMatchObject({ 'content-range': `bytes 0-99/${size}`, 'content-length': '100', 'content-type': 'audio/mpeg', etag: full.headers.etag });
    expect((head.body as Buffer).equals(whole.subarray(0, 100))).toBe(true);

    const middle = await get(path).set('Range', `bytes=1000-${size + 50}`).expect(206);
    expect(middle.headers['content-range']).toBe(`bytes 1000-${size - 1}/${size}`);
    expect((middle.body as Buffer).equals(whole.subarray(1000))).toBe(true);

    const suffix = await get(path).set('Range', 'bytes=-500').expect(206);
    expect((suffix.body as Buffer).equals(whole.subarray(size - 500))).toBe(true);

    // Several ranges or nonsense: the whole file, as RFC 9110 allows.
    expect(((await get(path).set('Range', 'bytes=0-1,5-9').expect(200)).body as Buffer).length).toBe(size);

    await t.http.get(path).set('If-None-Match', full.headers.etag).expect(304);

    for (const range of [`bytes=${size}-`, `bytes=${size + 10}-${size + 20}`, 'bytes=-0']) {
      const refused: Response = await t.http.get(path).set('Range', range).expect(416);
      expect(refused.headers['content-type']).toMatch(/^application\/json/);
      expect(refused.headers['content-range']).toBe(`bytes */${size}`);
      expect(refused.body).toMatchObject({ code: 'RANGE_NOT_SATISFIABLE', details: { size }, requestId: expect.any(String) });
    }
  }, 120_000);

  it('answers 404 in the error contract for anything but a catalogue track', async () => {
    for (const file of ['no-such-track.mp3', 'bell-tones.wav', 'kevin-macleod-carefree.wav', '..%2F..%2Fpackage.json', 'Kevin-Macleod-Carefree.mp3']) {
      const res = await t.http.get(`/api/music/audio/${file}`).expect(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    }
  });

  it('generates a track once however many first requests arrive together, and serves it from disk after', async () => {
    const path = `/api/music/audio/${FAKE[1].slug}.mp3`;
    const before = audio.generations;
    const bodies = (await Promise.all(Array.from({ length: 6 }, () => get(path).expect(200)))).map((r) => r.body as Buffer);
    expect(audio.generations).toBe(before + 1);
    for (const body of bodies) expect(body.equals(bodies[0])).toBe(true);
    expect(Math.abs(walkMp3(bodies[0]).durationMs - FAKE[1].durationMs)).toBeLessThan(1_000);

    await get(path).set('Range', 'bytes=10-20').expect(206);
    expect(audio.generations).toBe(before + 1);
    const files = (await readdir(cacheDir)).filter((f) => f.startsWith(FAKE[1].slug));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.mp3$/);
  }, 120_000);

  it('keeps answering other requests while a long track is generated (off the main thread)', async () => {
    const slug = FAKE[2].slug;
    let done = false;
    const pending = get(`/api/music/audio/${slug}.mp3`)
      .expect(200)
      .then((res) => {
        done = true;
        return res;
      });
    // Once the worker has started writing, the event loop is free to answer a health check.
    const deadline = Date.now() + 60_000;
    while (!(await readdir(cacheDir)).some((f) => f.startsWith(slug) && f.endsWith('.part'))) {
      if (Date.now() > deadline) throw new Error('generation did not start');
      await new Promise((r) => setTimeout(r, 20));
    }
    await t.http.get('/api/health').expect(200);
    expect(done).toBe(false);
    expect(walkMp3((await pending).body as Buffer).frames).toBeGreaterThan(0);
  }, 300_000);
});
