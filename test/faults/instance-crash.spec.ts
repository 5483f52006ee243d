import { afterEach, describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { until } from '../support/socket-client';
import { baseEnv, startApp } from './support/app-process';
import { Balancer } from './support/balancer';
import { RoomListener } from './support/listener';
import { scratchDatabase } from './support/postgres';
import { RedisProcess } from './support/redis-process';
import { VoteBurst, votingRoom } from './support/vote-burst';

/**
 * An instance killed while it holds sockets: its clients reconnect through the load balancer to the surviving
 * instance, and every client converges to the same queue and version.
 */
/** Kept-alive connections may still lead to the dead instance; a client retries an idempotent GET. */
async function retryGet<T>(get: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await get();
    } catch (error) {
      if (i >= attempts) throw error;
    }
  }
}

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('an instance killed while holding sockets', () => {
  it('moves its clients to the survivor and they converge', async () => {
    const db = await scratchDatabase();
    cleanups.push(() => db.drop());
    const redis = new RedisProcess();
    await redis.start();
    cleanups.push(() => redis.kill());
    const env = { ...baseEnv(), DATABASE_URL: db.url(), REDIS_URL: redis.url };
    const a = await startApp(env);
    cleanups.push(() => a.kill('SIGKILL'));
    const b = await startApp(env);
    cleanups.push(() => b.kill('SIGKILL'));
    const lb = new Balancer([a.port, b.port]);
    await lb.start();
    cleanups.push(() => lb.stop());

    // Sign-up reads the dev outbox, which lives in one process: set up through one instance.
    const room = await votingRoom(new BenchApi(a.url), 6);
    const clients = room.voters.map((v) => new RoomListener(lb.url, v.accessToken, `event:${room.eventId}`));
    cleanups.push(() => clients.forEach((c) => c.close()));
    await until(() => clients.every((c) => c.connected && c.version > 0), 20_000);
    const burst = new VoteBurst(() => lb.url, room).start();
    await until(() => burst.acknowledged >= 50, 30_000);

    await a.kill('SIGKILL');
    const acked = burst.acknowledged;
    await until(() => burst.acknowledged >= acked + 50, 30_000);
    await until(() => clients.every((c) => c.connected), 30_000);
    await burst.stop();

    const scores = (queue: { id: string; score: number }[]) => queue.map((e) => ({ id: e.id, score: e.score }));
    const truth = await retryGet(() => new BenchApi(b.url).expectOk<{ version: number; queue: { id: string; score: number }[] }>('GET', `/api/events/${room.eventId}`, room.voters[0].accessToken));
    // Each client resubscribed on reconnect (the ack carries the version) and followed the frames since.
    await until(() => clients.every((c) => c.version === truth.version), 10_000);
    for (const voter of room.voters) {
      const view = await retryGet(() => new BenchApi(lb.url).expectOk<{ version: number; queue: { id: string; score: number }[] }>('GET', `/api/events/${room.eventId}`, voter.accessToken));
      expect({ version: view.version, queue: scores(view.queue) }).toEqual({ version: truth.version, queue: scores(truth.queue) });
    }
    expect(await retryGet(() => fetch(`${b.url}/api/health`).then((r) => r.status))).toBe(200);
  });
});
