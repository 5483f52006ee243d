import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { DomainEvents } from '../../src/common/events/domain-events';
import { EventBus } from '../../src/common/events/event-bus';
import { Database } from '../../src/infra/database';
import { EVENT_DOMAIN_EVENTS, Events, type EventDomainEventName } from '../../src/modules/events';
import { AutoAdvance } from '../../src/modules/events/auto-advance.service';
import { Clock } from '../../src/common/time/clock';
import { Tracks } from '../../src/modules/music';
import { DelegationService } from '../../src/modules/events/delegation.service';
import { PlayerService } from '../../src/modules/events/player.service';
import { FriendsService } from '../../src/modules/users/friends.service';
import type { CreateEventDto } from '../../src/modules/events/dto/create-event.dto';
import type { LocationDto } from '../../src/modules/events/dto/location.dto';
import type { EventDto } from '../../src/modules/events/dto/event.dto';
import type { QueueEntryDto } from '../../src/modules/events/dto/queue-entry.dto';
import { EventsService } from '../../src/modules/events/events.service';
import { HistoryExportService } from '../../src/modules/events/history-export.service';
import { MembershipService } from '../../src/modules/events/membership.service';
import { PlaybackService } from '../../src/modules/events/playback.service';
import { QueueService } from '../../src/modules/events/queue.service';
import { Invitations } from '../../src/modules/invitations';
import { Playlists } from '../../src/modules/playlists';
import { UserAccounts } from '../../src/modules/users';
import { bootTestApp, type TestApp } from './test-app';

/** Real slugs of the bundled catalogue (provider `bundled`: always on, no network). */
export const BUNDLED_TRACKS = [
  'kevin-macleod-monkeys-spinning-monkeys',
  'kevin-macleod-sneaky-snitch',
  'kevin-macleod-fluffing-a-duck',
  'kevin-macleod-investigations',
  'kevin-macleod-carefree',
  'kevin-macleod-wallpaper',
  'kevin-macleod-local-forecast',
  'kevin-macleod-merry-go',
] as const;

export const track = (i: number) => ({ provider: 'bundled', providerTrackId: BUNDLED_TRACKS[i] });

export const PARIS = { lat: 48.8566, lng: 2.3522 };
const METERS_PER_DEGREE_LAT = 111_195.08;
/** A location `meters` north of Paris's centre. */
export const nearParis = (meters = 0, accuracyMeters = 10): LocationDto => ({
  lat: PARIS.lat + meters / METERS_PER_DEGREE_LAT,
  lng: PARIS.lng,
  accuracyMeters,
});
export const LYON: LocationDto = { lat: 45.764, lng: 4.8357, accuracyMeters: 10 };

export type RecordedEvent = {
  [K in EventDomainEventName]: { name: K; payload: DomainEvents[K] };
}[EventDomainEventName];

/** Expects the promise to fail with this contract error code (and, optionally, these details). */
export async function expectError(promise: Promise<unknown>, code: string, details?: Record<string, unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject(details ? { code, details: expect.objectContaining(details) } : { code });
}

/** The whole app on a fresh database, with the events services at hand for service-level tests. */
export async function bootEvents(options: Parameters<typeof bootTestApp>[0] = {}) {
  const t: TestApp = await bootTestApp(options);
  const get = <T>(type: new (...args: never[]) => T): T => t.app.get(type, { strict: false });
  const accounts = get(UserAccounts);
  const bus = get(EventBus);
  const h = {
    t,
    db: get(Database),
    bus,
    clock: get(Clock),
    events: get(EventsService),
    membership: get(MembershipService),
    queue: get(QueueService),
    playback: get(PlaybackService),
    historyExport: get(HistoryExportService),
    access: get(Events),
    invitations: get(Invitations),
    autoAdvance: get(AutoAdvance),

    /** A playlist of `ownerId` holding these bundled tracks (indexes into BUNDLED_TRACKS), in this order. */
    async playlistOf(ownerId: string, indexes: number[], visibility: 'public' | 'private' = 'private'): Promise<string> {
      const tracks = get(Tracks);
      const trackIds: string[] = [];
      for (const i of indexes) trackIds.push((await tracks.resolve('bundled', BUNDLED_TRACKS[i])).id);
      return (await get(Playlists).createFromTracks(ownerId, { name: 'Fallback', trackIds, visibility })).id;
    },

    /** The bundled track's duration as the catalogue states it. */
    async durationOf(i: number): Promise<number> {
      return (await get(Tracks).resolve('bundled', BUNDLED_TRACKS[i])).track.durationMs;
    },
    delegation: get(DelegationService),
    player: get(PlayerService),
    friends: get(FriendsService),

    async user(name: string, verified = true): Promise<string> {
      const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
      const account = await accounts.create({ email, displayName: name, passwordHash: null, emailVerified: verified });
      if (!account) throw new Error('user not created');
      return account.id;
    },

    async users(prefix: string, count: number): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push(await h.user(`${prefix}${i}`));
      return ids;
    },

    event(ownerId: string, settings: Partial<CreateEventDto> = {}): Promise<EventDto> {
      return h.events.create({ id: ownerId, sessionId: null }, { name: 'Party', ...settings });
    },

    /** Makes the two users friends (crossing requests: the second one completes the friendship). */
    async befriend(a: string, b: string): Promise<void> {
      await h.friends.sendRequest(a, b);
      await h.friends.sendRequest(b, a);
    },

    /** Invites and accepts through the invitations inbox: the only way to become a member. */
    async makeMember(ownerId: string, eventId: string, userId: string, role: 'guest' | 'host' = 'guest'): Promise<void> {
      const invitation = await h.membership.invite(ownerId, eventId, { userId, role });
      await h.invitations.accept(userId, invitation.id);
    },

    propose(userId: string, eventId: string, i: number, location?: LocationDto): Promise<QueueEntryDto> {
      return h.queue.propose(userId, eventId, { ...track(i), location });
    },

    async scoreOf(entryId: string): Promise<{ score: number; votes: number }> {
      const [row] = await h.db.query<{ score: number; votes: string }>(
        `SELECT score, (SELECT count(*) FROM event_votes v WHERE v.entry_id = e.id) AS votes FROM event_entries e WHERE id = $1`,
        [entryId],
      );
      return { score: row.score, votes: Number(row.votes) };
    },

    async versionOf(eventId: string): Promise<number> {
      const [row] = await h.db.query<{ version: number }>(`SELECT version FROM events WHERE id = $1`, [eventId]);
      return row.version;
    },

    /** Records every event domain event published from now on (of one event when given), until `stop()`. */
    record(eventId?: string) {
      const seen: RecordedEvent[] = [];
      const offs = EVENT_DOMAIN_EVENTS.map((name) =>
        bus.subscribe(name, (payload: DomainEvents[typeof name]) => {
          if (!eventId || payload.eventId === eventId) seen.push({ name, payload } as RecordedEvent);
        }),
      );
      return {
        seen,
        async stop(): Promise<RecordedEvent[]> {
          await bus.drain();
          offs.forEach((off) => off());
          return seen;
        },
      };
    },

    /** Moves the events module's clock; `restore()` gives real time back. */
    freezeClock(at: Date) {
      let now = at;
      const original = h.clock.now.bind(h.clock);
      h.clock.now = () => now;
      return {
        now: () => now,
        set: (next: Date) => void (now = next),
        advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
        restore: () => void (h.clock.now = original),
      };
    },

    close: () => t.close(),
  };
  return h;
}

export type EventsHarness = Awaited<ReturnType<typeof bootEvents>>;
