import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connected, socketFor, type ClientSocket } from '../support/socket-client';
import { bootTestApp, type TestApp } from '../support/test-app';
import { buildWorld, type World } from './support/world';

/**
 * Every client → server socket message, and raw frames no client library would send, with hostile payloads:
 * the server answers a refusal ack (or ignores an unknown event), never crashes, never drops other sockets,
 * and never lets a stranger into a private room.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12) * 5;
const MESSAGES = ['subscribe', 'unsubscribe', 'auth.refresh', 'next', 'vote', '__proto__', 'constructor', 'disconnect', ''];

const hostilePayload = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ room: fc.oneof(fc.string(), fc.constant('event:'), fc.constant('event:../../x'), fc.constant('user:me'), fc.constant('a\u0000b'), fc.uuid().map((id) => `event:${id}`)) }),
  fc.record({ token: fc.oneof(fc.string(), fc.constant('x'.repeat(10_000)), fc.constant('')) }),
);

describe('hostile socket messages', () => {
  let t: TestApp;
  let world: World;
  let bystander: ClientSocket;

  beforeAll(async () => {
    t = await bootTestApp({ listen: true });
    world = await buildWorld(t);
    bystander = socketFor(t.url, world.owner.accessToken);
    await connected(bystander);
  });
  afterAll(async () => {
    bystander.close();
    await t.close();
  });

  const stillServing = async () => {
    const ack = (await bystander.timeout(5_000).emitWithAck('subscribe', { room: `event:${world.own.publicEventId}` })) as { ok: boolean };
    expect(ack.ok).toBe(true);
  };

  it('acks every client message with ok or a refusal code, and keeps serving others', async () => {
    const socket = socketFor(t.url, world.stranger.accessToken);
    await connected(socket);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MESSAGES), hostilePayload, async (name, payload) => {
        const emit = socket as unknown as { timeout(ms: number): { emitWithAck(name: string, payload: unknown): Promise<unknown> } };
        const ack = await emit.timeout(250).emitWithAck(name, payload).catch(() => 'no ack');
        if (ack !== 'no ack') expect(ack).toMatchObject({ ok: expect.any(Boolean) });
        if (typeof ack === 'object' && ack && !(ack as { ok: boolean }).ok) expect((ack as { code: unknown }).code).toEqual(expect.stringMatching(/^[A-Z_]+$/));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    socket.close();
    await stillServing();
  });

  it('never subscribes a stranger to a private room, whatever the room string looks like', async () => {
    const socket = socketFor(t.url, world.stranger.accessToken);
    await connected(socket);
    const id = world.own.privateEventId;
    for (const room of [`event:${id}`, `event:${id.toUpperCase()}`, ` event:${id}`, `event:${id} `, `event:${id}\u0000`, `EVENT:${id}`, `playlist:${world.own.privatePlaylistId}`]) {
      const ack = (await socket.timeout(5_000).emitWithAck('subscribe', { room })) as { ok: boolean; code?: string };
      expect(ack.ok, room).toBe(false);
    }
    socket.close();
  });

  it('survives raw Engine.IO / Socket.IO frames that no client library would send', async () => {
    const frames = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('42', '42[', '42["subscribe"', '421["subscribe",{"room":{"$gt":""}}]', '4', '40', '41', '44{}', '2probe', '5', '6', '451-["x",{"_placeholder":true,"num":9}]', '42' + '['.repeat(5000)),
      ),
      { seed: SEED, numRuns: RUNS },
    );
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(`40${JSON.stringify({ token: world.stranger.accessToken })}`);
    for (const frame of frames) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    ws.close();
    await stillServing();
  });
});
