import { describe, expect, it } from 'vitest';
import { call, createApi } from './client';
import { describeDevice } from './client-info';
import { createSessionStore } from './session-store';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const me = { id: 'u1', displayName: 'Ada' };

/** A fake server: the access token "old" has expired, "new" is valid; refresh hands out "new". */
function fakeServer(options: { refreshOk?: boolean } = {}) {
  const seen: Array<{ path: string; auth: string | null; platform: string | null; device: string | null }> = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://app.test'), init);
    const path = new URL(request.url).pathname;
    seen.push({ path, auth: request.headers.get('Authorization'), platform: request.headers.get('X-Client-Platform'), device: request.headers.get('X-Client-Device') });
    if (path === '/api/auth/refresh') {
      return Promise.resolve(options.refreshOk === false ? json(401, { code: 'UNAUTHENTICATED', message: 'no' }) : json(200, { accessToken: 'new', expiresIn: 900, user: me }));
    }
    if (path === '/api/auth/change-password') return Promise.resolve(json(401, { code: 'INVALID_CREDENTIALS', message: 'Wrong password' }));
    if (request.headers.get('Authorization') !== 'Bearer new') return Promise.resolve(json(401, { code: 'TOKEN_EXPIRED', message: 'expired' }));
    return Promise.resolve(json(200, me));
  };
  return { seen, fetchFn };
}

function setup(options?: { refreshOk?: boolean }) {
  const store = createSessionStore();
  store.signIn({ accessToken: 'old', expiresIn: 900, user: me });
  const server = fakeServer(options);
  const { client } = createApi(store, server.fetchFn);
  return { store, client, seen: server.seen };
}

describe('the API client', () => {
  it('names the device from the user agent', async () => {
    await expect(describeDevice('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).resolves.toBe('Chrome on Linux');
  });

  it('refreshes an expired token once and replays the request, with the client headers', async () => {
    const { client, store, seen } = setup();
    await expect(call(client.GET('/api/users/me'))).resolves.toEqual(me);
    expect(seen.map((s) => [s.path, s.auth])).toEqual([
      ['/api/users/me', 'Bearer old'],
      ['/api/auth/refresh', null],
      ['/api/users/me', 'Bearer new'],
    ]);
    expect(seen.every((s) => s.platform === 'web')).toBe(true);
    // The device name comes from the lazily loaded user-agent parser, on the replay and the refresh as well.
    const device = await describeDevice(navigator.userAgent);
    expect(seen.every((s) => s.device === device)).toBe(true);
    expect(store.get().accessToken).toBe('new');
  });

  it('lets parallel requests that all hit an expired token share one refresh', async () => {
    const { client, seen } = setup();
    await Promise.all([call(client.GET('/api/users/me')), call(client.GET('/api/users/me')), call(client.GET('/api/users/me'))]);
    expect(seen.filter((s) => s.path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh for a wrong current password (a 401 about credentials, not the token)', async () => {
    const { client, seen } = setup();
    await expect(call(client.POST('/api/auth/change-password', { body: { currentPassword: 'x', newPassword: 'y' } }))).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong password',
    });
    expect(seen.map((s) => s.path)).toEqual(['/api/auth/change-password']);
  });

  it('signs out and surfaces the 401 when the refresh is refused', async () => {
    const { client, store } = setup({ refreshOk: false });
    await expect(call(client.GET('/api/users/me'))).rejects.toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
    expect(store.get().status).toBe('signed-out');
  });
});
