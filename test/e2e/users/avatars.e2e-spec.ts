import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { befriend, patchMe, tempDataDir } from '../../support/users-client';
import { expectError } from '../../support/expect-error';

const png = (w = 40, h = 30) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 10, g: 120, b: 200 } } }).withMetadata({ exif: { IFD0: { Copyright: 'secret-exif' } } }).png().toBuffer();

describe(`avatars (${databaseKind()})`, () => {
  let t: TestApp;
  let me: SignedInUser;
  let friend: SignedInUser;
  let stranger: SignedInUser;

  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
    me = await signedInUser(t, 'me');
    friend = await signedInUser(t, 'friend');
    stranger = await signedInUser(t, 'stranger');
    await befriend(t, me, friend);
  });
  afterAll(() => t?.close());

  const upload = (bytes: Buffer, filename = 'a.png', contentType = 'image/png') =>
    t.http.put('/api/users/me/avatar').set(...authHeader(me)).attach('file', bytes, { filename, contentType });
  const binary = (req: ReturnType<TestApp['http']['get']>) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });

  it('serves a deterministic generated SVG before any upload', async () => {
    const a = await binary(t.http.get(`/api/users/${me.id}/avatar`)).expect(200);
    const b = await binary(t.http.get(`/api/users/${me.id}/avatar`)).expect(200);
    expect(a.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect((a.body as Buffer).toString()).toContain('<svg');
    expect(a.body).toEqual(b.body);
    expect(a.headers.etag).toBe(b.headers.etag);
  });

  it('accepts a valid PNG and stores a 512×512 WebP re-encoding without its metadata', async () => {
    const res = await upload(await png()).expect(200);
    expect(res.body).toEqual({ avatarUrl: `/api/users/${me.id}/avatar` });
    const image = await binary(t.http.get(`/api/users/${me.id}/avatar`)).expect(200);
    expect(image.headers['content-type']).toMatch(/image\/webp/);
    expect(image.headers['cache-control']).toContain('max-age');
    const meta = await sharp(image.body as Buffer).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif }).toEqual({ format: 'webp', width: 512, height: 512, exif: undefined });
    expect((image.body as Buffer).includes(Buffer.from('secret-exif'))).toBe(false);
    expect((await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body.hasCustomAvatar).toBe(true);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await t.http.get(`/api/users/${me.id}/avatar`).expect(200);
    const again = await t.http.get(`/api/users/${me.id}/avatar`).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('refuses a text file named .png with 415 and keeps the current avatar', async () => {
    const before = (await t.http.get(`/api/users/${me.id}/avatar`)).headers.etag;
    const refused = await upload(Buffer.from('just some text, not an image at all'));
    expectError(refused, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(refused.body.details).toEqual({ contentType: expect.any(String), accepted: ['image/png', 'image/jpeg', 'image/webp'] });
    expectError(await upload(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage')])), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await t.http.get(`/api/users/${me.id}/avatar`)).headers.etag).toBe(before);
  });

  it('refuses 3 MB with 413 PAYLOAD_TOO_LARGE in the contract body', async () => {
    const res = await upload(Buffer.alloc(3 * 1024 * 1024, 1));
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(typeof res.body.requestId).toBe('string');
  });

  it('refuses a request without a file with 400', async () => {
    expectError(await t.http.put('/api/users/me/avatar').set(...authHeader(me)).field('other', 'x'), 400, 'VALIDATION_FAILED');
  });

  it('hides a private avatar from strangers and friends (404) but not from its owner', async () => {
    await patchMe(t, me, { visibility: { avatar: 'private' } });
    expectError(await t.http.get(`/api/users/${me.id}/avatar`).set(...authHeader(stranger)), 404, 'NOT_FOUND');
    expectError(await t.http.get(`/api/users/${me.id}/avatar`), 404, 'NOT_FOUND');
    expectError(await t.http.get(`/api/users/${me.id}/avatar`).set(...authHeader(friend)), 404, 'NOT_FOUND');
    await t.http.get(`/api/users/${me.id}/avatar`).set(...authHeader(me)).expect(200);
    await patchMe(t, me, { visibility: { avatar: 'friends' } });
    await t.http.get(`/api/users/${me.id}/avatar`).set(...authHeader(friend)).expect(200);
    expectError(await t.http.get(`/api/users/${me.id}/avatar`).set(...authHeader(stranger)), 404, 'NOT_FOUND');
    await patchMe(t, me, { visibility: { avatar: 'public' } });
  });

  it('DELETE goes back to the generated default', async () => {
    await t.http.delete('/api/users/me/avatar').set(...authHeader(me)).expect(200);
    const image = await binary(t.http.get(`/api/users/${me.id}/avatar`)).expect(200);
    expect(image.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect((await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body.hasCustomAvatar).toBe(false);
  });
});
