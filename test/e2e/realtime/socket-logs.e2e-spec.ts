import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogCapture } from '../../support/log-capture';
import { signedInUser, type SignedInUser } from '../../support/sessions';
import { connected, until, type ClientSocket } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';

describe('socket action logs', () => {
  let t: TestApp;
  let user: SignedInUser;
  const logs = new LogCapture();
  const socketLines = (socketId: string) => logs.lines.filter((l) => l.socketId === socketId);

  beforeAll(async () => {
    t = await bootTestApp({ listen: true, env: { LOG_LEVEL: 'info' }, logDestination: logs });
    user = await signedInUser(t, 'logged');
  });
  afterAll(() => t.close());

  it('writes one line per action with the same client fields as HTTP logs', async () => {
    const socket: ClientSocket = io(t.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: user.accessToken },
      extraHeaders: { 'X-Client-Platform': 'ios', 'X-Client-Device': 'iPhone 15', 'X-Client-App-Version': '2.1.0' },
      reconnection: false,
      forceNew: true,
    });
    await connected(socket);
    const socketId = socket.id ?? '';
    const missing = `event:${crypto.randomUUID()}`;
    expect(await socket.emitWithAck('subscribe', { room: missing })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await socket.emitWithAck('unsubscribe', { room: missing })).toEqual({ ok: true });
    socket.close();
    await until(() => socketLines(socketId).some((l) => l.action === 'disconnect'));

    const lines = socketLines(socketId);
    expect(lines.map((l) => l.action)).toEqual(['connect', 'subscribe', 'unsubscribe', 'disconnect']);
    for (const line of lines) {
      expect(line).toMatchObject({ userId: user.id, client: { platform: 'ios', device: 'iPhone 15', appVersion: '2.1.0' } });
    }
    expect(lines[1]).toMatchObject({ room: missing, ok: false, code: 'NOT_FOUND' });
    expect(lines[2]).toMatchObject({ room: missing, ok: true });
    expect(logs.raw).not.toContain(user.accessToken);
  });

  it('takes the client fields from the handshake auth when headers cannot be set (browsers)', async () => {
    const socket: ClientSocket = io(t.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: user.accessToken, platform: 'web', device: 'Chrome on macOS', appVersion: '1.0.0' },
      reconnection: false,
      forceNew: true,
    });
    await connected(socket);
    const socketId = socket.id ?? '';
    socket.close();
    await until(() => socketLines(socketId).some((l) => l.action === 'disconnect'));
    expect(socketLines(socketId)[0]).toMatchObject({ action: 'connect', client: { platform: 'web', device: 'Chrome on macOS', appVersion: '1.0.0' } });
  });
});
