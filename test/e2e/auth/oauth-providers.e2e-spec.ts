import { afterEach, describe, expect, it } from 'vitest';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

/** GET /api/auth/providers tells sign-in screens which provider buttons work on this server. */
describe(`OAuth providers list (${databaseKind()})`, () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is empty, without a token, when no provider is configured', async () => {
    t = await bootTestApp();
    const res = await t.http.get('/api/auth/providers').expect(200);
    expect(res.body).toEqual([]);
  });

  it('lists exactly the configured providers', async () => {
    t = await bootTestApp({ env: { FORTYTWO_CLIENT_ID: 'id-42', FORTYTWO_CLIENT_SECRET: 'secret-42' } });
    expect((await t.http.get('/api/auth/providers').expect(200)).body).toEqual([{ id: '42', name: '42' }]);
  });
});
