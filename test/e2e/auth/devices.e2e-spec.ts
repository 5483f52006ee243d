import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, registerVerified, type SessionBody } from '../../support/auth-client';
import { SmtpCapture } from '../../support/smtp-capture';
import { connected, record, socketFor, until, type ClientSocket } from '../../support/socket-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

interface DeviceBody {
  id: string;
  platform: string | null;
  deviceName: string | null;
  appVersion: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

describe(`sessions are devices (${databaseKind()})`, () => {
  let t: TestApp;
  const smtp = new SmtpCapture();
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    await smtp.start();
    t = await bootTestApp({ env: { SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '0' }, listen: true });
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  const devices = async (session: { accessToken: string }) => (await t.http.get('/api/auth/sessions').set(...bearer(session)).expect(200)).body as DeviceBody[];
  const me = (session: { accessToken: string }) => t.http.get('/api/users/me').set(...bearer(session));
  const loginFrom = async (email: string, headers: Record<string, string>): Promise<SessionBody> => {
    const res = await t.http.post('/api/auth/login').set(headers).send({ email, password: 'correct horse battery staple' }).expect(200);
    return res.body as SessionBody;
  };
  const iphone = { 'X-Client-Platform': 'ios', 'X-Client-Device': 'iPhone 15', 'X-Client-App-Version': '1.4.0' };

  it('records the X-Client headers of the device that signed in, and marks the calling one as current', async () => {
    const first = await registerVerified(t, smtp);
    const phone = await loginFrom(first.user.email, iphone);
    const list = await devices(phone);
    expect(list).toHaveLength(2);
    const mine = list.find((d) => d.current);
    expect(mine).toMatchObject({ platform: 'ios', deviceName: 'iPhone 15', appVersion: '1.4.0' });
    expect(new Date(mine!.lastSeenAt).getTime()).toBeGreaterThanOrEqual(new Date(mine!.createdAt).getTime());
    expect(list.filter((d) => d.current)).toHaveLength(1);
    expect((await devices(first)).find((d) => d.current)?.id).not.toBe(mine!.id);
  });

  it('keeps the device fields current on refresh, and lastSeenAt moves forward', async () => {
    const first = await registerVerified(t, smtp);
    const phone = await loginFrom(first.user.email, iphone);
    const before = (await devices(phone)).find((d) => d.current)!;
    const res = await t.http
      .post('/api/auth/refresh')
      .set({ 'X-Client-Platform': 'ios', 'X-Client-App-Version': '1.5.0' })
      .send({ refreshToken: phone.refreshToken })
      .expect(200);
    const after = (await devices(res.body as SessionBody)).find((d) => d.current)!;
    expect(after.id).toBe(before.id);
    expect(after).toMatchObject({ platform: 'ios', deviceName: 'iPhone 15', appVersion: '1.5.0' });
    expect(new Date(after.lastSeenAt).getTime()).toBeGreaterThan(new Date(before.lastSeenAt).getTime());
  });

  it('cuts oversized headers and never takes the device id from a header', async () => {
    const first = await registerVerified(t, smtp);
    const session = await loginFrom(first.user.email, { 'X-Client-Device': 'x'.repeat(500), 'X-Client-Platform': 'WEB-ish' });
    const mine = (await devices(session)).find((d) => d.current)!;
    expect(mine.deviceName).toHaveLength(100);
    expect(mine.platform).toBe('web-ish');
    expect(mine.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('signs a device out: its access token is refused at once, its refresh token too, and its sockets get session.ended', async () => {
    const first = await registerVerified(t, smtp);
    const phone = await login(t, first.user.email);
    const socket = socketFor(t.url, phone.accessToken);
    sockets.push(socket);
    await connected(socket);
    const seen = record(socket, ['session.ended']);
    let disconnected = false;
    socket.on('disconnect', () => (disconnected = true));
    await me(phone).expect(200);
    const phoneId = (await devices(phone)).find((d) => d.current)!.id;

    await t.http.delete(`/api/auth/sessions/${phoneId}`).set(...bearer(first)).expect(204);

    expect((await me(phone).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await t.http.post('/api/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);
    await until(() => disconnected);
    expect(seen).toEqual([{ name: 'session.ended', payload: { reason: 'revoked' } }]);
    expect((await devices(first)).map((d) => d.id)).not.toContain(phoneId);
    await me(first).expect(200);
  });

  it('answers 404 for a session of another user (which stays alive), an unknown one, or one already signed out', async () => {
    const alice = await registerVerified(t, smtp);
    const bob = await registerVerified(t, smtp);
    const bobDevice = (await devices(bob))[0].id;
    expect((await t.http.delete(`/api/auth/sessions/${bobDevice}`).set(...bearer(alice)).expect(404)).body.code).toBe('NOT_FOUND');
    await me(bob).expect(200);
    await t.http.delete('/api/auth/sessions/00000000-0000-4000-8000-000000000000').set(...bearer(alice)).expect(404);
    const second = await login(t, alice.user.email);
    const secondId = (await devices(second)).find((d) => d.current)!.id;
    await t.http.delete(`/api/auth/sessions/${secondId}`).set(...bearer(alice)).expect(204);
    await t.http.delete(`/api/auth/sessions/${secondId}`).set(...bearer(alice)).expect(404);
    const bad = await t.http.delete('/api/auth/sessions/not-a-uuid').set(...bearer(alice)).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('requires a signed-in caller', async () => {
    expect((await t.http.get('/api/auth/sessions').expect(401)).body.code).toBe('UNAUTHENTICATED');
    await t.http.post('/api/auth/sessions/revoke-others').expect(401);
  });

  it('signs every other device out and keeps the calling one', async () => {
    const first = await registerVerified(t, smtp);
    const second = await login(t, first.user.email);
    const third = await login(t, first.user.email);
    await t.http.post('/api/auth/sessions/revoke-others').set(...bearer(second)).expect(204);
    await me(first).expect(401);
    await me(third).expect(401);
    await me(second).expect(200);
    const left = await devices(second);
    expect(left).toHaveLength(1);
    expect(left[0].current).toBe(true);
  });
});
