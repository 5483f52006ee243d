import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RoomAudience } from '../../common/access/room-audience';
import type { AppConfig } from '../../config';
import type { ServerFrames } from '../../contracts/realtime';
import type { RoomAccess } from './room-access';
import { RoomDelivery } from './room-delivery';
import { eventRoom } from './rooms';
import type { RealtimeServer } from './socket-types';

/** Audience reads that answer only when released, so frames can pile up behind one. */
function slowAccess() {
  const pending: Array<() => void> = [];
  let reads = 0;
  const access = {
    audience: () => {
      reads++;
      return new Promise<RoomAudience>((resolve) => pending.push(() => resolve({ everyone: true })));
    },
  } as unknown as RoomAccess;
  const releaseAll = async () => {
    for (let i = 0; i < 20; i++) {
      pending.splice(0).forEach((release) => release());
      await new Promise((r) => setImmediate(r));
    }
  };
  return { access, releaseAll, reads: () => reads };
}

function recordingServer() {
  const sent: string[] = [];
  const server = { to: () => ({ emit: (name: string) => sent.push(name) }) } as unknown as RealtimeServer;
  return { server, sent };
}

const postgres = { database: { kind: 'postgres' } } as AppConfig;
const vote = (version: number): ServerFrames['queue.vote_changed'] =>
  ({ room: 'x', entryId: randomUUID(), score: 1, version, at: new Date().toISOString() });

describe('RoomDelivery with several instances (every frame checked against a read made after it was sent)', () => {
  it('lets the votes that waited behind a read share it, and reads again for a frame sent after it started', async () => {
    const { access, releaseAll, reads } = slowAccess();
    const { server, sent } = recordingServer();
    const delivery = new RoomDelivery(access, postgres);
    const room = eventRoom(randomUUID());
    const first = [1, 2, 3].map((v) => delivery.send(server, room, 'queue.vote_changed', vote(v)));
    await new Promise((r) => setImmediate(r));
    expect(reads()).toBe(1);
    const later = delivery.send(server, room, 'queue.vote_changed', vote(4));
    await releaseAll();
    await Promise.all([...first, later]);
    expect(sent).toHaveLength(4);
    expect(reads()).toBe(2);
  });

  it('reads again for a frame that may change who listens, even when it waited behind a read', async () => {
    const { access, releaseAll, reads } = slowAccess();
    const { server, sent } = recordingServer();
    const delivery = new RoomDelivery(access, postgres);
    const room = eventRoom(randomUUID());
    const frames = [
      delivery.send(server, room, 'queue.vote_changed', vote(1)),
      delivery.send(server, room, 'event.updated', {} as ServerFrames['event.updated']),
      delivery.send(server, room, 'queue.vote_changed', vote(3)),
    ];
    await releaseAll();
    await Promise.all(frames);
    expect(sent).toEqual(['queue.vote_changed', 'event.updated', 'queue.vote_changed']);
    expect(reads()).toBe(2);
  });
});
