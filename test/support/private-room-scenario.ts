import { expect } from 'vitest';
import { BUNDLED_TRACKS } from './events-harness';
import { authHeader, signedInUser, type SignedInUser } from './sessions';
import { type ClientSocket, connected, socketFor, subscribe, until } from './socket-client';
import type { TestApp } from './test-app';

export interface PrivateRoomOutcome {
  /** Every frame any non-member socket received after the owner made the room private. */
  leaked: Array<{ name: string; payload: unknown }>;
  /** Frames the owner's socket received after the change, in order. */
  ownerSaw: string[];
}

/**
 * Security finding 3: `nonMembers` signed-in users listen to a public event (their sockets spread over
 * `apps` in turn); the owner, listening on the last app, makes it private through `apps[0]` and at once
 * proposes a track. Returns what reached whom once the owner has seen everything that followed.
 */
export async function goPrivateWhileListened(apps: TestApp[], nonMembers = 20): Promise<PrivateRoomOutcome> {
  const [writer] = apps;
  const owner = await signedInUser(writer, 'owner');
  const eventId = (
    (await writer.http.post('/api/events').set(...authHeader(owner)).send({ name: 'Open party', visibility: 'public' }).expect(201)).body as {
      id: string;
    }
  ).id;
  const room = `event:${eventId}`;
  const listeners: SignedInUser[] = [];
  for (let i = 0; i < nonMembers; i++) listeners.push(await signedInUser(writer, `outsider${i}`));
  const sockets = listeners.map((u, i) => socketFor(apps[i % apps.length].url, u.accessToken));
  const ownerSocket = socketFor(apps[apps.length - 1].url, owner.accessToken);
  try {
    await Promise.all([...sockets, ownerSocket].map(connected));
    for (const s of [...sockets, ownerSocket]) expect(await subscribe(s, room)).toMatchObject({ ok: true });
    // Let the listener counts of the subscriptions go out first (each instance recounts 150 ms after a
    // change): frames about the room while it was still public are not the point.
    const all = sockets.length + 1;
    let lastPresence = Date.now();
    for (const s of [...sockets, ownerSocket]) s.on('presence', () => void (lastPresence = Date.now()));
    const settled = (s: ClientSocket) => new Promise<void>((resolve) => s.on('presence', (p) => p.listeners === all && resolve()));
    await Promise.all([...sockets, ownerSocket].map(settled));
    await until(() => Date.now() - lastPresence > 500);

    const leaked: PrivateRoomOutcome['leaked'] = [];
    for (const s of sockets) s.onAny((name: string, payload: unknown) => void leaked.push({ name, payload }));
    const ownerSaw: string[] = [];
    let ownerAlone = false;
    ownerSocket.onAny((name: string, payload: { listeners?: number }) => {
      ownerSaw.push(name);
      if (name === 'presence' && payload.listeners === 1) ownerAlone = true;
    });

    await writer.http.patch(`/api/events/${eventId}`).set(...authHeader(owner)).send({ visibility: 'private', name: 'Secret party' }).expect(200);
    await writer.http.post(`/api/events/${eventId}/tracks`).set(...authHeader(owner)).send({ provider: 'bundled', providerTrackId: BUNDLED_TRACKS[0] }).expect(201);
    // The owner's socket sits on the last instance: once the recount after the evictions reached it, every
    // earlier frame of this room has been delivered everywhere.
    await until(() => ownerAlone && ownerSaw.includes('queue.track_added'));
    for (const s of sockets) expect(await s.emitWithAck('subscribe', { room })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    return { leaked, ownerSaw };
  } finally {
    for (const s of [...sockets, ownerSocket]) s.close();
  }
}
