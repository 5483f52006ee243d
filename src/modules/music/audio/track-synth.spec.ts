import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalogue } from '../catalogue/bundled-catalogue';
import { recipeFor, renderTrack, TRACK_SAMPLE_RATE } from './track-synth';

const render = (id: string, durationMs: number): Float32Array => {
  const blocks = [...renderTrack(id, durationMs)];
  const out = new Float32Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
};
const rms = (s: Float32Array) => Math.sqrt(s.reduce((sum, x) => sum + x * x, 0) / s.length);
const digest = (s: Float32Array) => createHash('sha1').update(Buffer.from(s.buffer, s.byteOffset, s.byteLength)).digest('hex');

describe('procedural tracks of the bundled catalogue', () => {
  it('lasts exactly the duration asked, to the sample, in blocks of about a bar', () => {
    for (const durationMs of [1_000, 7_500, 12_345]) {
      const blocks = [...renderTrack('kevin-macleod-carefree', durationMs)];
      expect(blocks.reduce((n, b) => n + b.length, 0)).toBe(Math.round((durationMs * TRACK_SAMPLE_RATE) / 1_000));
      // No block holds more than a slow bar (84 bpm: 2.9 s): the track is never in memory whole.
      expect(Math.max(...blocks.map((b) => b.length))).toBeLessThanOrEqual(3 * TRACK_SAMPLE_RATE);
    }
  }, 30_000);

  it('is the same every time for a track, and another piece for another track', () => {
    const a = render('kevin-macleod-carefree', 8_000);
    expect(digest(render('kevin-macleod-carefree', 8_000))).toBe(digest(a));
    expect(digest(render('kevin-macleod-wallpaper', 8_000))).not.toBe(digest(a));
  }, 30_000);

  it('varies tempo, key, mode, progression and instruments across the catalogue', () => {
    const recipes = loadBundledCatalogue().map((entry) => recipeFor(entry.slug));
    const distinct = (f: (r: (typeof recipes)[number]) => unknown) => new Set(recipes.map((r) => JSON.stringify(f(r)))).size;
    expect(distinct((r) => r.bpm)).toBeGreaterThan(30);
    expect(distinct((r) => r.root)).toBe(12);
    expect(distinct((r) => r.mode)).toBe(2);
    expect(distinct((r) => r.progression)).toBeGreaterThanOrEqual(8);
    expect(distinct((r) => [r.pad, r.lead, r.kick, r.snare, r.hat, r.bass])).toBeGreaterThan(200);
  });

  it('sounds like music: in range, quiet intro, a beat, and a fade at the end', () => {
    const samples = render('kimiko-ishizaka-aria', 30_000);
    expect(samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0)).toBeLessThanOrEqual(1);
    const second = (from: number, to = from + 1) => samples.subarray(from * TRACK_SAMPLE_RATE, to * TRACK_SAMPLE_RATE);
    expect(rms(second(0, 2))).toBeGreaterThan(0.02); // the pad plays from the start
    const body = rms(second(10, 20));
    expect(body).toBeGreaterThan(0.08);
    expect(body).toBeGreaterThan(rms(second(0, 2))); // drums and bass come in after the intro
    expect(rms(second(29.5, 30))).toBeLessThan(body / 4); // fades out
    // Drums make the loudness move within a beat: 20 ms windows over the body differ widely.
    const windows = Array.from({ length: 200 }, (_, i) => rms(second(10 + i * 0.05, 10 + i * 0.05 + 0.02)));
    expect(Math.max(...windows) / Math.min(...windows)).toBeGreaterThan(2);
    // More than one pitch: a zero-crossing count that changes from bar to bar (not a steady tone).
    const crossings = (s: Float32Array) => s.reduce((n, x, i) => (i > 0 && Math.sign(x) !== Math.sign(s[i - 1]) ? n + 1 : n), 0);
    const perSecond = Array.from({ length: 10 }, (_, i) => crossings(second(10 + i)));
    expect(new Set(perSecond).size).toBeGreaterThan(5);
  }, 30_000);
});
