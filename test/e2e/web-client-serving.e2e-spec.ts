import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, type TestApp } from '../support/test-app';

/** The built SPA served at /: client routes fall back to index.html, /api keeps its JSON contract, bundles are gzipped and cached. */
describe('serving the web client', () => {
  let t: TestApp;
  let dist: string;
  const bundle = `console.log(${JSON.stringify('x'.repeat(4000))});`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>MusicRoom</title><div id="root"></div>');
    writeFileSync(join(dist, 'sign-in.html'), '<!doctype html><title>Sign in · MusicRoom</title><div id="root" data-prerendered="/sign-in"><h1>Sign in</h1></div>');
    writeFileSync(join(dist, 'assets', 'index-AbCdEf12.js'), bundle);
    t = await bootTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each(['/', '/verify-email?token=abc', '/reset-password?token=abc', '/oauth/callback?code=x', '/e/PARTY1', '/users/123'])(
    '%s opens the app (index.html, revalidated)',
    async (path) => {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it.each(['/sign-in', '/sign-in?next=%2Fevents'])('%s opens the prerendered screen (sign-in.html, revalidated)', async (path) => {
    const res = await t.http.get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('data-prerendered="/sign-in"');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('allows YouTube’s IFrame Player API (script and embeds) in the content security policy, and nothing else from outside', async () => {
    const res = await t.http.get('/').expect(200);
    const directives = new Map(
      res.headers['content-security-policy']
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values] as const),
    );
    expect(directives.get('script-src')).toEqual(["'self'", 'https://www.youtube.com']);
    expect(directives.get('frame-src')).toEqual(['https://www.youtube.com']);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('keeps the JSON error contract for unknown /api paths', async () => {
    const res = await t.http.get('/api/no-such-thing').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('serves hashed bundles gzipped and cacheable for a year', async () => {
    const res = await t.http.get('/assets/index-AbCdEf12.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(bundle);
  });

  it('does not compress API answers, even large ones', async () => {
    const res = await t.http.get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.text.length).toBeGreaterThan(10_000);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
