import { randomUUID } from 'node:crypto';
import { EventBus } from '../../src/common/events/event-bus';
import type { DomainEventName, DomainEvents } from '../../src/common/events/domain-events';
import { Database } from '../../src/infra/database';
import { Playlists } from '../../src/modules/playlists';
import { PlaylistEntriesService } from '../../src/modules/playlists/playlist-entries.service';
import { PlaylistMembersService } from '../../src/modules/playlists/playlist-members.service';
import { Tracks } from '../../src/modules/music';
import { PlaylistsService } from '../../src/modules/playlists/playlists.service';
import { Invitations } from '../../src/modules/invitations';
import { UserAccounts } from '../../src/modules/users';
import { bootTestApp, type TestApp } from './test-app';

/** Real slugs of the bundled catalogue (provider `bundled`: always on, no network). */
export const BUNDLED = [
  'kevin-macleod-monkeys-spinning-monkeys',
  'kevin-macleod-sneaky-snitch',
  'kevin-macleod-fluffing-a-duck',
];

export type PlaylistEvent = {
  [K in DomainEventName]: K extends `playlist.${string}` ? { name: K; payload: DomainEvents[K] } : never;
}[DomainEventName];

const PLAYLIST_EVENTS = [
  'playlist.updated',
  'playlist.track_added',
  'playlist.track_moved',
  'playlist.track_removed',
  'playlist.members_changed',
  'playlist.deleted',
] as const;

/** The whole app on a fresh database, with the playlists services at hand for service-level tests. */
export async function bootPlaylists(options: Parameters<typeof bootTestApp>[0] = {}) {
  const t: TestApp = await bootTestApp(options);
  const get = <T>(type: new (...args: never[]) => T): T => t.app.get(type, { strict: false });
  const accounts = get(UserAccounts);
  const bus = get(EventBus);
  const h = {
    t,
    db: get(Database),
    bus,
    playlists: get(PlaylistsService),
    entries: get(PlaylistEntriesService),
    members: get(PlaylistMembersService),
    api: get(Playlists),
    tracks: get(Tracks),
    invitations: get(Invitations),

    async user(name: string, verified = true): Promise<{ id: string; email: string }> {
      const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
      const account = await accounts.create({ email, displayName: name, passwordHash: null, emailVerified: verified });
      if (!account) throw new Error('user not created');
      return { id: account.id, email };
    },

    /** Invites and accepts through the invitations inbox: the only way in. */
    async makeMember(ownerId: string, playlistId: string, userId: string): Promise<void> {
      const { invitation } = await h.members.invite(ownerId, playlistId, userId);
      await h.invitations.accept(userId, invitation.id);
    },

    /** Records every playlist event published from now on, until `stop()`. */
    record(playlistId?: string) {
      const seen: PlaylistEvent[] = [];
      const offs = PLAYLIST_EVENTS.map((name) =>
        bus.subscribe(name, (payload: DomainEvents[typeof name]) => {
          if (!playlistId || payload.playlistId === playlistId) seen.push({ name, payload } as PlaylistEvent);
        }),
      );
      return {
        seen,
        async stop(): Promise<PlaylistEvent[]> {
          await bus.drain();
          offs.forEach((off) => off());
          return seen;
        },
      };
    },
  };
  return h;
}

export type PlaylistsHarness = Awaited<ReturnType<typeof bootPlaylists>>;

/** Byte order, as PostgreSQL sorts a COLLATE "C" column. */
export const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Applies the recorded events, in version order, to a starting order of `[entryId, position]`. */
export function replay(initial: Array<[string, string]>, events: PlaylistEvent[]): string[] {
  const positions = new Map(initial);
  for (const { name, payload } of [...events].sort((a, b) => a.payload.version - b.payload.version)) {
    if (name === 'playlist.track_added') positions.set(payload.entry.id, payload.entry.position);
    if (name === 'playlist.track_moved') positions.set(payload.entryId, payload.position);
    if (name === 'playlist.track_removed') positions.delete(payload.entryId);
  }
  return [...positions].sort(([, a], [, b]) => byteOrder(a, b)).map(([id]) => id);
}
