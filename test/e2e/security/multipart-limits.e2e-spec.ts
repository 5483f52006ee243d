import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { tempDataDir } from '../../support/users-client';

describe(`security finding 5 (MEDIUM): multipart fields cannot grow memory (${databaseKind()})`, () => {
  let t: TestApp;
  let me: SignedInUser;
  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir(), RATE_LIMIT_PER_MINUTE: '0' } });
    me = await signedInUser(t, 'uploader');
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 0, b: 0 } } }).png().toBuffer();
  });
  afterAll(async () => {
    await t?.close();
  });

  let png: Buffer;
  const expectContractError = (res: { status: number; body: Record<string, unknown> }) => {
    expect([400, 413]).toContain(res.status);
    expect(res.body).toMatchObject({ statusCode: res.status, code: res.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED' });
    expect(typeof res.body.requestId).toBe('string');
  };

  it('finding 5: refuses an avatar upload carrying 60 text fields of 64 KB with the error contract', async () => {
    let req = t.http.put('/api/users/me/avatar').set(...authHeader(me));
    for (let i = 0; i < 60; i++) req = req.field(`padding${i}`, 'x'.repeat(64 * 1024));
    expectContractError(await req.attach('file', png, { filename: 'a.png', contentType: 'image/png' }));
  });

  it('finding 5: refuses a text field next to the file, however small', async () => {
    const res = await t.http.put('/api/users/me/avatar').set(...authHeader(me)).attach('file', png, { filename: 'a.png', contentType: 'image/png' }).field('note', 'hi');
    expectContractError(res);
  });

  it('finding 5: refuses a second file part', async () => {
    const res = await t.http
      .put('/api/users/me/avatar')
      .set(...authHeader(me))
      .attach('file', png, { filename: 'a.png', contentType: 'image/png' })
      .attach('extra', png, { filename: 'b.png', contentType: 'image/png' });
    expectContractError(res);
  });
});
