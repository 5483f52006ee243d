import { describe, expect, it, vi } from 'vitest';
import { createRefresher } from './refresh';
import { createSessionStore } from './session-store';

const session = (token: string) => ({ accessToken: token, expiresIn: 900, user: { id: 'u1' } });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createRefresher', () => {
  it('shares one request between concurrent callers (a refresh token is single-use)', async () => {
    const store = createSessionStore(() => 1_000);
    let answer: (r: Response) => void = () => undefined;
    const post = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    const refresh = createRefresher({ store, post });

    const calls = [refresh(), refresh(), refresh()];
    answer(json(200, session('t2')));
    const results = await Promise.all(calls);

    expect(post).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r?.accessToken)).toEqual(['t2', 't2', 't2']);
    expect(store.get()).toMatchObject({ status: 'signed-in', accessToken: 't2', expiresAt: 901_000, userId: 'u1' });
  });

  it('starts a new request once the previous one has settled', async () => {
    const store = createSessionStore();
    const post = vi.fn(() => Promise.resolve(json(200, session('t'))));
    const refresh = createRefresher({ store, post });
    await refresh();
    await refresh();
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('signs out on 401, with a message only when a session was lost', async () => {
    const store = createSessionStore();
    const refresh = createRefresher({ store, post: () => Promise.resolve(json(401, { code: 'UNAUTHENTICATED', message: 'no' })) });
    expect(await refresh()).toBeNull();
    expect(store.get()).toMatchObject({ status: 'signed-out', notice: null });

    store.signIn(session('t1'));
    expect(await refresh()).toBeNull();
    expect(store.get().status).toBe('signed-out');
    expect(store.get().notice).toMatch(/session has ended/);
  });

  it('does not sign out a session that started while a cookie-less refresh was on its way', async () => {
    const store = createSessionStore();
    let answer: (r: Response) => void = () => undefined;
    const refresh = createRefresher({ store, post: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const boot = refresh();
    store.signIn(session('from-verification'));
    answer(json(401, { code: 'UNAUTHENTICATED', message: 'No refresh token was sent.' }));
    expect(await boot).toBeNull();
    expect(store.get()).toMatchObject({ status: 'signed-in', accessToken: 'from-verification' });
  });

  it('throws the contract error on other failures and keeps the session', async () => {
    const store = createSessionStore();
    store.signIn(session('t1'));
    const refresh = createRefresher({
      store,
      post: () => Promise.resolve(new Response(JSON.stringify({ code: 'RATE_LIMITED', message: 'Too many' }), { status: 429, headers: { 'Retry-After': '5' } })),
    });
    await expect(refresh()).rejects.toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfter: 5 });
    expect(store.get().accessToken).toBe('t1');
  });

  it('reports a network failure as an ApiError', async () => {
    const store = createSessionStore();
    const refresh = createRefresher({ store, post: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error: unknown = await refresh().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0 });
    expect(['NETWORK', 'OFFLINE']).toContain((error as { code: string }).code);
  });

  it('runs under the cross-tab lock', async () => {
    const order: string[] = [];
    const refresh = createRefresher({
      store: createSessionStore(),
      post: () => {
        order.push('post');
        return Promise.resolve(json(200, session('t')));
      },
      withLock: async (task) => {
        order.push('lock');
        const result = await task();
        order.push('unlock');
        return result;
      },
    });
    await refresh();
    expect(order).toEqual(['lock', 'post', 'unlock']);
  });
});
