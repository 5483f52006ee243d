import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, type TestApp } from '../support/test-app';

/** The SPA owns every path outside /api; under /api an unknown path is an API error, never the SPA's page. */
describe('unknown paths with the web SPA served', () => {
  let t: TestApp;
  const page = '<!doctype html><title>MusicRoom SPA</title>';

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'musicroom-spa-'));
    writeFileSync(join(dist, 'index.html'), page);
    t = await bootTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(() => t?.close());

  it.each(['/api/no-such-thing', '/api/events/not-a-route/deeper', '/api'])('answers GET %s with the JSON 404 contract', async (path) => {
    const res = await t.http.get(path).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: expect.any(String) });
  });

  it('answers other methods on unknown /api paths with the same contract', async () => {
    const res = await t.http.post('/api/no-such-thing').send({}).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it.each(['/', '/events/123', '/playlists/abc/edit'])('serves the SPA at %s so client-side routes survive a reload', async (path) => {
    const res = await t.http.get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(page);
  });
});
