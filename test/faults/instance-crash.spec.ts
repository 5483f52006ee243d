import { describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { until } from '../support/socket-client';
import { cleanupAfterEach, twoInstances } from './support/deployment';
import { Balancer } from './support/balancer';
import { RoomListener } from './support/listener';
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

const defer = cleanupAfterEach();

describe('an instance killed while holding sockets', () => {
  it('moves its clients to the survivor and they converge', async () => {
    const { a, b } = await twoInstances(defer);
    const lb = new Balancer([a.port, b.port]);
    await lb.start();
    defer(() => lb.stop());

    // Set up through one instance, before any fault.
    const room = await votingRoom(new BenchApi(a.url), 6);
    const clients = room.voters.map((v) => new RoomListener(lb.url, v.accessToken, `event:${room.eventId}`));
    defer(() => clients.forEach((c) => c.close()));
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
