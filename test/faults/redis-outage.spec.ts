import { afterEach, describe, expect, it } from 'vitest';
import { BenchApi } from '../../bench/lib/api-client';
import { until } from '../support/socket-client';
import { baseEnv, startApp } from './support/app-process';
import { RoomListener } from './support/listener';
import { scratchDatabase } from './support/postgres';
import { RedisProcess } from './support/redis-process';
import { checkVotes, VoteBurst, votingRoom } from './support/vote-burst';

/**
 * Redis killed and restarted under load, with two instances: no crash, local delivery goes on, cross-instance
 * delivery comes back, and a client that missed frames sees the version gap and converges over REST.
 */
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Redis killed and restarted under load', () => {
  it('keeps both instances up and converges once Redis returns', async () => {
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
    const room = await votingRoom(new BenchApi(a.url), 6);
    const token = room.voters[0].accessToken;
    const onA = new RoomListener(a.url, token, `event:${room.eventId}`);
    const onB = new RoomListener(b.url, token, `event:${room.eventId}`);
    cleanups.push(() => onA.close(), () => onB.close());
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
