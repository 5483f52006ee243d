import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore } from '../api/session-store';
import { FakeSocket } from '../test/fake-socket';
import { createRealtime } from './connection';

const session = (token: string) => ({ accessToken: token, expiresIn: 900, user: { id: 'u1' } });

function setup(options: { online?: boolean } = {}) {
  const store = createSessionStore();
  const socket = new FakeSocket();
  const refresh = vi.fn(() => {
    store.signIn(session('fresh'));
    return Promise.resolve(session('fresh'));
  });
  const onSessionRevoked = vi.fn();
  const realtime = createRealtime({ store, refresh, onSessionRevoked, createSocket: () => socket.asSocket(), online: () => options.online ?? true });
  const stop = realtime.start();
  stops.push(stop);
  return { store, socket, refresh, onSessionRevoked, realtime };
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('the realtime connection', () => {
  it('connects when the session starts and reports its state', () => {
    const { store, socket, realtime } = setup();
    expect(socket.connects).toBe(0);
    store.signIn(session('t1'));
    expect(socket.connects).toBe(1);
    expect(realtime.getState()).toBe('connecting');
    socket.serverEmit('connect');
    expect(realtime.getState()).toBe('connected');
    socket.serverEmit('disconnect', 'transport close');
    expect(realtime.getState()).toBe('reconnecting');
  });

  it('says offline when the network is gone', () => {
    const { store, socket, realtime } = setup({ online: false });
    store.signIn(session('t1'));
    socket.serverEmit('connect');
    socket.serverEmit('disconnect', 'transport close');
    expect(realtime.getState()).toBe('offline');
  });

  it('hands each new access token to the connected socket instead of reconnecting', () => {
    const { store, socket } = setup();
    store.signIn(session('t1'));
    socket.serverEmit('connect');
    store.signIn(session('t2'));
    expect(socket.sent).toEqual([{ event: 'auth.refresh', payload: { token: 't2' } }]);
    expect(socket.connects).toBe(1);
  });

  it('refreshes and reconnects after the server refused an expired token', async () => {
    const { store, socket, refresh } = setup();
    store.signIn(session('t1'));
    socket.active = false;
    socket.serverEmit('connect_error', new Error('UNAUTHENTICATED'));
    await vi.waitFor(() => expect(socket.connects).toBe(2));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('signs out when the server ends this device’s session, and comes back after a mere expiry', async () => {
    const { store, socket, refresh, onSessionRevoked } = setup();
    store.signIn(session('t1'));
    socket.serverEmit('connect');
    socket.serverEmit('session.ended', { reason: 'expired' });
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(onSessionRevoked).not.toHaveBeenCalled();
    socket.serverEmit('session.ended', { reason: 'revoked' });
    expect(onSessionRevoked).toHaveBeenCalledTimes(1);
  });

  it('disconnects on sign-out', () => {
    const { store, socket, realtime } = setup();
    store.signIn(session('t1'));
    socket.serverEmit('connect');
    store.signOut();
    expect(socket.connected).toBe(false);
    expect(realtime.getState()).toBe('idle');
  });
});

describe('loading the socket client', () => {
  it('makes no socket while signed out, loads it at the first sign-in, and attaches the listeners screens added before', async () => {
    const store = createSessionStore();
    const socket = new FakeSocket();
    let resolve: (s: ReturnType<FakeSocket['asSocket']>) => void = () => undefined;
    const createSocket = vi.fn(() => new Promise<ReturnType<FakeSocket['asSocket']>>((r) => (resolve = r)));
    const realtime = createRealtime({ store, refresh: () => Promise.resolve(null), onSessionRevoked: () => undefined, createSocket });
    stops.push(realtime.start());
    const onNotification = vi.fn();
    realtime.socket.on('notification', onNotification);
    realtime.socket.emit('unsubscribe', { room: 'user:u1' }, () => undefined); // no socket yet: dropped
    store.signOut();
    expect(createSocket).not.toHaveBeenCalled();
    expect(realtime.getState()).toBe('idle');

    store.signIn(session('t1'));
    store.signIn(session('t2'));
    expect(createSocket).toHaveBeenCalledTimes(1);
    expect(realtime.getState()).toBe('connecting');
    expect(realtime.socket.connected).toBe(false);
    resolve(socket.asSocket());
    await vi.waitFor(() => expect(socket.connects).toBe(1));
    expect(socket.sent).toEqual([]);
    socket.serverEmit('connect');
    expect(realtime.getState()).toBe('connected');
    expect(realtime.socket.connected).toBe(true);
    socket.serverEmit('notification', { type: 'friend.request' });
    expect(onNotification).toHaveBeenCalledTimes(1);
    realtime.socket.off('notification', onNotification);
    expect(socket.listeners('notification')).toBe(0);
  });

  it('says so when the socket client cannot be loaded, and tries again when the network comes back', async () => {
    const store = createSessionStore();
    const socket = new FakeSocket();
    let online = false;
    const createSocket = vi.fn(() => (online ? Promise.resolve(socket.asSocket()) : Promise.reject(new Error('Failed to fetch dynamically imported module'))));
    const realtime = createRealtime({ store, refresh: () => Promise.resolve(null), onSessionRevoked: () => undefined, createSocket, online: () => online });
    stops.push(realtime.start());
    store.signIn(session('t1'));
    await vi.waitFor(() => expect(realtime.getState()).toBe('offline'));
    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(socket.connects).toBe(1));
    expect(createSocket).toHaveBeenCalledTimes(2);
  });

  it('connects again after a stop and a start (React StrictMode runs effects twice)', () => {
    const store = createSessionStore();
    const socket = new FakeSocket();
    const realtime = createRealtime({ store, refresh: () => Promise.resolve(null), onSessionRevoked: () => undefined, createSocket: () => socket.asSocket() });
    store.signIn(session('t1'));
    realtime.start()();
    stops.push(realtime.start());
    expect(socket.connects).toBe(2);
    expect(socket.active).toBe(true);
  });
});
