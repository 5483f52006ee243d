import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SocketIoAdapter } from '../../src/infra/socket';
import { testConfig } from '../support/test-app';
import { TcpProxy } from '../support/tcp-proxy';

const REDIS_PORT = Number(new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Instance {
  http: HttpServer;
  io: Server;
  adapter: SocketIoAdapter;
  url: string;
}

async function startInstance(redisUrl: string): Promise<Instance> {
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const adapter = new SocketIoAdapter(http as unknown as INestApplicationContext, testConfig({ REDIS_URL: redisUrl }));
  const io = adapter.create(0) as Server;
  io.on('connection', (socket) => void socket.join('room'));
  return { http, io, adapter, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

const received = (socket: Socket) => {
  const messages: string[] = [];
  socket.on('note', (m: string) => messages.push(m));
  return messages;
};

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(50);
  }
};

describe('Socket.IO across instances through Redis, with a Redis outage', () => {
  const proxy = new TcpProxy('127.0.0.1', REDIS_PORT);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let a: Instance;
  let b: Instance;
  let onA: Socket;
  let onB: Socket;
  let seenOnA: string[];
  let seenOnB: string[];

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    await proxy.start();
    a = await startInstance(`redis://${proxy.url}`);
    b = await startInstance(`redis://${proxy.url}`);
    onA = connect(a.url, { transports: ['websocket'] });
    onB = connect(b.url, { transports: ['websocket'] });
    seenOnA = received(onA);
    seenOnB = received(onB);
    await until(() => onA.connected && onB.connected);
    await sleep(300); // let both adapters finish subscribing
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    onA.close();
    onB.close();
    for (const i of [a, b]) {
      await i.adapter.close(i.io);
      await new Promise((r) => i.http.close(r));
    }
    await proxy.stop();
  });

  it('delivers a broadcast from instance A to a socket on instance B', async () => {
    a.io.to('room').emit('note', 'before');
    await until(() => seenOnB.includes('before') && seenOnA.includes('before'));
  });

  it('keeps both instances up and local delivery going while Redis is down', async () => {
    await proxy.cut();
    for (let i = 0; i < 20; i++) {
      a.io.to('room').emit('note', `during-${i}`);
      await sleep(25);
    }
    await until(() => seenOnA.includes('during-19'));
    await sleep(1_000); // long enough for a rejected publish to surface
    expect(unhandled).toEqual([]);
    expect(seenOnB.some((m) => m.startsWith('during'))).toBe(false);
  });

  it('resumes cross-instance delivery once Redis is back', async () => {
    await proxy.restore();
    await until(() => {
      a.io.to('room').emit('note', 'after');
      return seenOnB.includes('after');
    }, 20_000);
    expect(unhandled).toEqual([]);
  });
});
