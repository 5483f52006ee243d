import { describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { until } from '../support/socket-client';
import { cleanupAfterEach, twoInstances } from './support/deployment';
import { RoomListener } from './support/listener';
import { checkVotes, VoteBurst, votingRoom } from './support/vote-burst';

/**
 * Redis killed and restarted under load, with two instances: no crash, local delivery goes on, cross-instance
 * delivery comes back, and a client that missed frames sees the version gap and converges over REST.
 */
const defer = cleanupAfterEach();

describe('Redis killed and restarted under load', () => {
  it('keeps both instances up and converges once Redis returns', async () => {
    const { a, b, redis } = await twoInstances(defer);
    const room = await votingRoom(new BenchApi(a.url), 6);
    const token = room.voters[0].accessToken;
    const onA = new RoomListener(a.url, token, `event:${room.eventId}`);
    const onB = new RoomListener(b.url, token, `event:${room.eventId}`);
    defer(() => onA.close());
    defer(() => onB.close());
    await until(() => onA.connected && onB.connected);
    const burst = new VoteBurst(() => a.url, room).start();
    await until(() => onB.frames >= 20, 30_000);

    await redis.kill();
    const [framesOnA, ackedAtKill] = [onA.frames, burst.acknowledged];
    await until(() => onA.frames >= framesOnA + 30 && burst.acknowledged >= ackedAtKill + 30, 30_000);
    expect((await fetch(`${b.url}/api/health`)).status).toBe(200);

    await redis.start();
    const framesOnB = onB.frames;
    await until(() => onB.frames >= framesOnB + 20, 60_000);
    await burst.stop();
    expect(onB.gaps).toBeGreaterThan(0);

    const api = new BenchApi(b.url);
    const viewFromB = await api.expectOk<{ version: number }>('GET', `/api/events/${room.eventId}`, token);
    const viewFromA = await new BenchApi(a.url).expectOk<{ version: number }>('GET', `/api/events/${room.eventId}`, token);
    expect(viewFromB.version).toBe(viewFromA.version);
    await until(() => onA.version === viewFromA.version && onB.version <= viewFromB.version);
    expect(await checkVotes(api, room, burst)).toEqual([]);
    expect([a, b].map((p) => p.output()).join('\n')).not.toMatch(/unhandled|uncaught/i);
  });
});
