import { describe, expect, it } from 'vitest';
import { loadBundledCatalogue } from './bundled-catalogue';

describe('bundled catalogue data file', () => {
  const entries = loadBundledCatalogue();

  it('holds a few hundred tracks with unique slugs', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((e) => e.slug)).size).toBe(entries.length);
  });

  it('only holds freely licensed music (Creative Commons or CC0)', () => {
    for (const entry of entries) expect(entry.license).toMatch(/^CC(0 1\.0| BY(-NC)?(-SA|-ND)?( \d\.\d)?)$/);
  });

  it('gives every track a plausible duration and a search text with its folded title', () => {
    for (const entry of entries) {
      expect(entry.durationMs).toBeGreaterThanOrEqual(20_000);
      expect(entry.durationMs).toBeLessThan(20 * 60_000);
      expect(entry.searchText.startsWith(entry.titleKey)).toBe(true);
    }
  });

  it('refuses a malformed entry, naming it', () => {
    const bad = { slug: 'Not A Slug', title: 't', artist: 'a', album: null, duration: '1:00', license: 'CC0 1.0', url: null };
    expect(() => loadBundledCatalogue({ tracks: [bad] })).toThrow(/tracks\[0\]: slug/);
    const twice = { ...bad, slug: 'same' };
    expect(() => loadBundledCatalogue({ tracks: [twice, twice] })).toThrow(/appears twice/);
    expect(() => loadBundledCatalogue({ tracks: [{ ...twice, duration: '90' }] })).toThrow(/m:ss/);
  });
});
