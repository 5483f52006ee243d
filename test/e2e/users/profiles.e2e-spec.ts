import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { befriend, patchMe, tempDataDir } from '../../support/users-client';
import { expectError } from '../../support/expect-error';

type Viewer = 'self' | 'friend' | 'stranger';
const FIELDS = ['displayName', 'avatarUrl', 'bio', 'location', 'musicPreferences'] as const;
type Field = (typeof FIELDS)[number];

const PROFILE = { bio: 'Crate digger', location: 'Lyon', musicPreferences: { genres: ['jazz'], artists: ['Nina Simone'] } };

/** Visibility settings → the fields each viewer must get on GET /users/:id (absent fields must be absent). */
const CASES: Array<{ name: string; visibility: Record<string, string>; sees: Record<Viewer, Field[]> }> = [
  {
    name: 'defaults',
    visibility: {},
    sees: { self: [...FIELDS], friend: [...FIELDS], stranger: ['displayName', 'avatarUrl'] },
  },
  {
    name: 'everything public',
    visibility: { displayName: 'public', avatar: 'public', bio: 'public', location: 'public', musicPreferences: 'public' },
    sees: { self: [...FIELDS], friend: [...FIELDS], stranger: [...FIELDS] },
  },
  {
    name: 'everything friends-only',
    visibility: { displayName: 'friends', avatar: 'friends', bio: 'friends', location: 'friends', musicPreferences: 'friends' },
    sees: { self: [...FIELDS], friend: [...FIELDS], stranger: [] },
  },
  {
    name: 'everything private',
    visibility: { displayName: 'private', avatar: 'private', bio: 'private', location: 'private', musicPreferences: 'private' },
    sees: { self: [...FIELDS], friend: [], stranger: [] },
  },
  {
    name: 'mixed',
    visibility: { displayName: 'public', avatar: 'private', bio: 'public', location: 'friends', musicPreferences: 'private' },
    sees: { self: [...FIELDS], friend: ['displayName', 'bio', 'location'], stranger: ['displayName', 'bio'] },
  },
];

describe(`profile field visibility on every read path (${databaseKind()})`, () => {
  let t: TestApp;
  let subject: SignedInUser;
  const viewers = {} as Record<Viewer, SignedInUser>;

  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
    subject = await signedInUser(t, 'Zoé Subject');
    viewers.self = subject;
    viewers.friend = await signedInUser(t, 'friend');
    viewers.stranger = await signedInUser(t, 'stranger');
    await befriend(t, subject, viewers.friend);
    await patchMe(t, subject, PROFILE);
  });
  afterAll(() => t?.close());

  describe.each(CASES)('with $name', ({ visibility, sees }) => {
    beforeAll(async () => {
      const reset = { displayName: 'public', avatar: 'public', bio: 'friends', location: 'friends', musicPreferences: 'friends' };
      await patchMe(t, subject, { visibility: { ...reset, ...visibility } });
    });

    it.each(['self', 'friend', 'stranger'] as Viewer[])('GET /users/:id shows %s exactly the allowed fields', async (viewer) => {
      const body = (await t.http.get(`/api/users/${subject.id}`).set(...authHeader(viewers[viewer])).expect(200)).body as Record<string, unknown>;
      expect(Object.keys(body).filter((k) => FIELDS.includes(k as Field)).sort()).toEqual([...sees[viewer]].sort());
      expect(body.relation).toBe(viewer);
      if (sees[viewer].includes('bio')) expect(body.bio).toBe(PROFILE.bio);
      if (sees[viewer].includes('musicPreferences')) expect(body.musicPreferences).toEqual(PROFILE.musicPreferences);
    });

    it('the friend list shows the friend a card with only what friends may see', async () => {
      const list = (await t.http.get('/api/friends').set(...authHeader(viewers.friend)).expect(200)).body as { items: Array<{ user: Record<string, unknown> }> };
      const card = list.items.find((i) => i.user.id === subject.id)?.user;
      expect(card).toEqual({
        id: subject.id,
        displayName: sees.friend.includes('displayName') ? 'Zoé Subject' : 'MusicRoom user',
        avatarUrl: sees.friend.includes('avatarUrl') ? `/api/users/${subject.id}/avatar` : null,
      });
      expect(Object.keys(card ?? {}).sort()).toEqual(['avatarUrl', 'displayName', 'id']);
    });

    it.each(['friend', 'stranger'] as Viewer[])('search shows %s a public card only, and only when the name is public', async (viewer) => {
      const res = await t.http.get('/api/users').query({ search: 'zoe' }).set(...authHeader(viewers[viewer])).expect(200);
      const card = (res.body as { items: Array<Record<string, unknown>> }).items.find((c) => c.id === subject.id);
      if (sees.stranger.includes('displayName')) {
        expect(card).toEqual({ id: subject.id, displayName: 'Zoé Subject', avatarUrl: sees.stranger.includes('avatarUrl') ? `/api/users/${subject.id}/avatar` : null });
      } else {
        expect(card).toBeUndefined();
      }
    });

    it.each(['self', 'friend', 'stranger'] as Viewer[])('user cards inside playlists show %s only public fields', async (viewer) => {
      const playlist = (await t.http.post('/api/playlists').set(...authHeader(subject)).send({ name: 'Mix', visibility: 'public' }).expect(201)).body as { id: string };
      const seen = (await t.http.get(`/api/playlists/${playlist.id}`).set(...authHeader(viewers[viewer])).expect(200)).body as { owner: Record<string, unknown> };
      // Cards in shared content carry no viewer: they show what a stranger may see, whoever looks.
      const pub = sees.stranger;
      expect(seen.owner).toEqual({
        id: subject.id,
        displayName: pub.includes('displayName') ? 'Zoé Subject' : 'MusicRoom user',
        avatarUrl: pub.includes('avatarUrl') ? `/api/users/${subject.id}/avatar` : null,
      });
    });

    it.each(['self', 'friend', 'stranger'] as Viewer[])('the avatar image answers %s only when the avatar field is visible', async (viewer) => {
      const res = await t.http.get(`/api/users/${subject.id}/avatar`).set(...authHeader(viewers[viewer]));
      expect(res.status).toBe(sees[viewer].includes('avatarUrl') ? 200 : 404);
    });
  });
});

describe(`my profile (${databaseKind()})`, () => {
  let t: TestApp;
  let me: SignedInUser;

  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir(), LOG_LEVEL: 'error' } });
    me = await signedInUser(t, 'Me');
  });
  afterAll(() => t?.close());

  it('GET /users/me shows every field, the visibility settings, plan, emailVerified and the AI feature state', async () => {
    const body = (await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body as Record<string, unknown>;
    expect(body).toMatchObject({
      id: me.id,
      email: me.email,
      displayName: 'Me',
      bio: null,
      location: null,
      musicPreferences: { genres: [], artists: [] },
      avatarUrl: `/api/users/${me.id}/avatar`,
      hasCustomAvatar: false,
      visibility: { displayName: 'public', avatar: 'public', bio: 'friends', location: 'friends', musicPreferences: 'friends' },
      emailVerified: true,
      plan: 'free',
      // The plan is checked before the provider: a free user is told to upgrade.
      features: { aiAvatar: { available: false, reason: 'premium_required' } },
    });
  });

  it('PATCH /users/me updates the given fields and keeps the others', async () => {
    await patchMe(t, me, { displayName: '  Ada L. ', bio: 'hi', visibility: { bio: 'public' } });
    const after = await patchMe(t, me, { location: 'Paris', musicPreferences: { genres: ['Jazz', 'jazz', 'rock'], artists: [] } });
    expect(after).toMatchObject({
      displayName: 'Ada L.',
      bio: 'hi',
      location: 'Paris',
      musicPreferences: { genres: ['jazz', 'rock'], artists: [] },
      visibility: { displayName: 'public', avatar: 'public', bio: 'public', location: 'friends', musicPreferences: 'friends' },
    });
    expect((await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body).toMatchObject({ displayName: 'Ada L.', location: 'Paris' });
  });

  it.each([
    ['plan', { plan: 'premium' }],
    ['email', { email: 'x@example.test' }],
    ['emailVerified', { emailVerified: false }],
    ['an unknown field', { isAdmin: true }],
    ['an unknown visibility field', { visibility: { email: 'public' } }],
    ['a bad visibility value', { visibility: { bio: 'everyone' } }],
    ['a blank display name', { displayName: '   ' }],
    ['a too long bio', { bio: 'x'.repeat(501) }],
  ])('PATCH /users/me refuses %s with 400 VALIDATION_FAILED and changes nothing', async (_name, body) => {
    const before = (await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body as Record<string, unknown>;
    expectError(await t.http.patch('/api/users/me').set(...authHeader(me)).send(body), 400, 'VALIDATION_FAILED');
    expect((await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body).toEqual(before);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expectError(await t.http.get('/api/users/00000000-0000-4000-8000-000000000000').set(...authHeader(me)), 404, 'NOT_FOUND');
    expectError(await t.http.get('/api/users/not-a-uuid').set(...authHeader(me)), 400, 'VALIDATION_FAILED');
  });
});

describe(`user search (${databaseKind()})`, () => {
  let t: TestApp;
  let me: SignedInUser;

  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
    me = await signedInUser(t, 'Searcher');
    for (const name of ['Émile Zola', 'emma', 'EMMANUEL', 'Eric', 'Bob']) await signedInUser(t, name);
    const hidden = await signedInUser(t, 'Emilie Hidden');
    await patchMe(t, hidden, { visibility: { displayName: 'friends' } });
  });
  afterAll(() => t?.close());

  const search = async (q: string, extra: Record<string, unknown> = {}) =>
    (await t.http.get('/api/users').query({ search: q, ...extra }).set(...authHeader(me)).expect(200)).body as {
      items: Array<{ id: string; displayName: string }>;
      nextCursor: string | null;
    };

  it('matches a display-name prefix ignoring case and accents, never a hidden name', async () => {
    expect((await search('EMI')).items.map((c) => c.displayName)).toEqual(['Émile Zola']);
    expect((await search('émm')).items.map((c) => c.displayName)).toEqual(['emma', 'EMMANUEL']);
    expect((await search('zola')).items).toEqual([]);
    expect((await search('%')).items).toEqual([]);
  });

  it('pages through the results with a cursor, without repeats or gaps', async () => {
    const first = await search('e', { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await search('e', { limit: 2, cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((c) => c.displayName)).toEqual(['Émile Zola', 'emma', 'EMMANUEL', 'Eric']);
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(4);
  });

  it('refuses a missing or blank search and a forged cursor', async () => {
    expectError(await t.http.get('/api/users').set(...authHeader(me)), 400, 'VALIDATION_FAILED');
    expectError(await t.http.get('/api/users').query({ search: '   ' }).set(...authHeader(me)), 400, 'VALIDATION_FAILED');
    expectError(await t.http.get('/api/users').query({ search: 'e', cursor: 'nope' }).set(...authHeader(me)), 400, 'VALIDATION_FAILED');
  });
});
