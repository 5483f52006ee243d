import { afterEach, describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { FakeMusicServer } from '../support/fake-music-server';
import { baseEnv, startApp } from './support/app-process';

/**
 * A music provider that hangs: its searches fail within the timeout with 503 while the other providers answer
 * normally; after repeated failures its circuit opens (no more calls reach it), and it closes again once the
 * provider recovers.
 */
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a slow or failing music provider', () => {
  it('times out alone, opens its circuit, and closes it again when the provider recovers', async () => {
    const fake = await FakeMusicServer.start();
    cleanups.push(() => fake.close());
    const env = { ...baseEnv(), ...(fake.env() as Record<string, string>), MUSIC_HTTP_TIMEOUT_MS: '400', MUSIC_CIRCUIT_OPEN_SECONDS: '2', MUSIC_CACHE_TTL_SECONDS: '0' };
    const app = await startApp(env);
    cleanups.push(() => app.kill('SIGKILL'));
    const api = new BenchApi(app.url);
    const [user] = await api.signUpMany('listener', 1);
    const search = (provider: string, q: string) => api.call('GET', `/api/music/search?q=${q}&provider=${provider}`, user.accessToken);

    fake.hang('deezer');
    const started = Date.now();
    const [slow, other] = await Promise.all([search('deezer', 'daft'), search('itunes', 'daft')]);
    expect(slow).toMatchObject({ status: 503, body: { code: 'PROVIDER_UNAVAILABLE' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(other.status).toBe(200);

    for (let i = 0; i < 6; i++) await search('deezer', `q${i}`);
    const callsWhenOpen = fake.count('deezer');
    expect((await search('deezer', 'open')).status).toBe(503);
    expect(fake.count('deezer')).toBe(callsWhenOpen);

    fake.recover('deezer');
    const deadline = Date.now() + 20_000;
    while ((await search('deezer', `after${Date.now()}`)).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(fake.count('deezer')).toBeGreaterThan(callsWhenOpen);
  });
});
