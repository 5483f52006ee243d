import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedisClient, createRedisClient } from '../../src/infra/redis';
import { bootTestApp, type TestApp } from '../support/test-app';
import { TcpProxy } from '../support/tcp-proxy';

const REDIS_PORT = Number(new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379);
const waitFor = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
};

describe('Redis outage', () => {
  const proxy = new TcpProxy('127.0.0.1', REDIS_PORT);
  let t: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    await proxy.start();
    t = await bootTestApp({ env: { REDIS_URL: `redis://${proxy.url}` } });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await t.close();
    await proxy.stop();
  });

  it('is ready with Redis reachable', async () => {
    const res = await t.http.get('/api/health/ready').expect(200);
    expect(res.body.details.redis.status).toBe('up');
  });

  it('stays up and reports not ready while Redis is gone, then recovers', async () => {
    await proxy.cut();
    const down = await t.http.get('/api/health/ready').expect(503);
    expect(down.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.body.details.details.redis.status).toBe('down');
    await t.http.get('/api/health').expect(200);

    await proxy.restore();
    await waitFor(async () => (await t.http.get('/api/health/ready')).status === 200);
    expect(unhandled).toEqual([]);
  });

  it('fails fast instead of queueing commands on a fail-fast client during an outage', async () => {
    const dead = createRedisClient('redis://127.0.0.1:1', { name: 'test-dead', failFast: true });
    await expect(dead.publish('x', 'y')).rejects.toThrow();
    await closeRedisClient(dead);
    expect(unhandled).toEqual([]);
  });
});
