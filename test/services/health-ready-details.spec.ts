import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TcpProxy } from '../support/tcp-proxy';
import { bootTestApp, type TestApp } from '../support/test-app';

const REDIS_PORT = Number(new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379);

describe.runIf(Boolean(process.env.REDIS_URL))('security finding 10: readiness tells anonymous callers what is down, never why', () => {
  const proxy = new TcpProxy('127.0.0.1', REDIS_PORT);
  let t: TestApp;
  beforeAll(async () => {
    await proxy.start();
    t = await bootTestApp({ env: { REDIS_URL: `redis://${proxy.url}` } });
  });
  afterAll(async () => {
    await t?.close();
    await proxy.stop();
  });

  it('finding 10: a 503 from /api/health/ready names the dependency without its error message', async () => {
    await proxy.cut();
    try {
      const down = await t.http.get('/api/health/ready').expect(503);
      expect(down.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(down.body.details.details.redis).toEqual({ status: 'down' });
      expect(JSON.stringify(down.body.details)).not.toMatch(/message|ECONN|timed out|127\.0\.0\.1|Connection/i);
    } finally {
      await proxy.restore();
    }
  });
});
