import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { UserPlans } from '../../../src/modules/users';
import { FakeImagesServer } from '../../support/fake-images-server';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { tempDataDir } from '../../support/users-client';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectError } from '../../support/expect-error';

describe(`AI avatar generation (${databaseKind()})`, () => {
  let t: TestApp;
  const fake = new FakeImagesServer();
  let dataDir: string;
  let free: SignedInUser;
  let premium: SignedInUser;
  const generate = (who: SignedInUser, prompt: unknown = 'a fox with headphones') =>
    t.http.post('/api/users/me/avatar/generate').set(...authHeader(who)).send({ prompt });
  const storedFiles = (who: SignedInUser) => {
    const dir = join(dataDir, 'storage', 'avatars', who.id);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.webp')) : [];
  };
  const me = async (who: SignedInUser) => (await t.http.get('/api/users/me').set(...authHeader(who)).expect(200)).body as Record<string, unknown>;

  beforeAll(async () => {
    await fake.start();
    dataDir = tempDataDir();
    t = await bootTestApp({ env: fake.env({ DATA_DIR: dataDir, AI_TIMEOUT_MS: '1000', AI_DAILY_QUOTA: '2' }) });
    free = await signedInUser(t, 'free');
    premium = await signedInUser(t, 'premium');
    await t.app.get(UserPlans, { strict: false }).setById(premium.id, 'premium');
  });
  afterAll(async () => {
    await t?.close();
    await fake.stop();
  });

  it('tells each user whether the feature is available', async () => {
    expect((await me(free)).features).toEqual({ aiAvatar: { available: false, reason: 'premium_required' } });
    expect((await me(premium)).features).toEqual({ aiAvatar: { available: true } });
  });

  it('refuses a free user with 402 PREMIUM_REQUIRED without calling the provider', async () => {
    const calls = fake.prompts.length;
    expectError(await generate(free), 402, 'PREMIUM_REQUIRED');
    expect(fake.prompts.length).toBe(calls);
  });

  it('refuses prompts that are too short or too long', async () => {
    expectError(await generate(premium, 'a'), 400, 'VALIDATION_FAILED');
    expectError(await generate(premium, 'x'.repeat(401)), 400, 'VALIDATION_FAILED');
    expectError(await generate(premium, 42), 400, 'VALIDATION_FAILED');
  });

  it('answers 503 on a provider timeout and stores nothing', async () => {
    fake.behaviour = 'hang';
    expectError(await generate(premium), 503, 'PROVIDER_UNAVAILABLE');
    fake.behaviour = 'error';
    expectError(await generate(premium), 503, 'PROVIDER_UNAVAILABLE');
    fake.behaviour = 'not-an-image';
    expectError(await generate(premium), 503, 'PROVIDER_UNAVAILABLE');
    fake.behaviour = 'ok';
    expect(storedFiles(premium)).toEqual([]);
    expect((await me(premium)).hasCustomAvatar).toBe(false);
    // Failed attempts do not use up the quota.
    const used = await t.app.get(Database).query<{ n: number }>('SELECT count(*)::int AS n FROM ai_avatar_generations WHERE user_id = $1', [premium.id]);
    expect(used[0].n).toBe(0);
  });

  it('generates through the provider and stores the normalized image as the avatar', async () => {
    const res = await generate(premium, '  a fox with headphones  ').expect(200);
    expect(res.body).toEqual({ avatarUrl: `/api/users/${premium.id}/avatar` });
    expect(fake.prompts.at(-1)).toBe('a fox with headphones');
    expect(storedFiles(premium)).toHaveLength(1);
    const image = await t.http.get(`/api/users/${premium.id}/avatar`).expect(200);
    expect(image.headers['content-type']).toMatch(/image\/webp/);
  });

  it('enforces the daily quota, even for concurrent requests', async () => {
    const results = await Promise.all([generate(premium), generate(premium), generate(premium)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 429, 429]);
    const limited = results.find((r) => r.status === 429);
    expect(limited?.body.code).toBe('RATE_LIMITED');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(storedFiles(premium)).toHaveLength(1);
  });
});

describe(`AI avatar generation without a provider (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
  });
  afterAll(() => t?.close());

  it('checks the plan first: a free user gets 402 PREMIUM_REQUIRED even with no provider configured', async () => {
    const user = await signedInUser(t, 'free');
    expectError(await t.http.post('/api/users/me/avatar/generate').set(...authHeader(user)).send({ prompt: 'a cat' }), 402, 'PREMIUM_REQUIRED');
    expect((await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body.features).toEqual({ aiAvatar: { available: false, reason: 'premium_required' } });
  });

  it('answers 503 PROVIDER_UNAVAILABLE and GET /users/me says the feature is unavailable', async () => {
    const user = await signedInUser(t, 'premium');
    await t.app.get(UserPlans, { strict: false }).setById(user.id, 'premium');
    expectError(await t.http.post('/api/users/me/avatar/generate').set(...authHeader(user)).send({ prompt: 'a cat' }), 503, 'PROVIDER_UNAVAILABLE');
    expect((await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body.features).toEqual({ aiAvatar: { available: false, reason: 'provider_unavailable' } });
  });
});
