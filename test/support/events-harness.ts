import { EVENT_DOMAIN_EVENTS, Events, type EventDomainEventName } from '../../src/modules/events';
import { AutoAdvance } from '../../src/modules/events/auto-advance.service';
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
import { Playlists } from '../../src/modules/playlists';
import { bootServices, type Recorded } from './service-harness';

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

export type RecordedEvent = Recorded<EventDomainEventName>;

/** The whole app on a fresh database, with the events services at hand for service-level tests. */
export async function bootEvents(options: Parameters<typeof bootServices>[0] = {}) {
  const base = await bootServices(options);
  const { get } = base;
  const h = {
    ...base,
    events: get(EventsService),
    membership: get(MembershipService),
    queue: get(QueueService),
    playback: get(PlaybackService),
    historyExport: get(HistoryExportService),
    access: get(Events),
    autoAdvance: get(AutoAdvance),
    delegation: get(DelegationService),
    player: get(PlayerService),
    friends: get(FriendsService),

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
    record: (eventId?: string) => base.recordEvents(EVENT_DOMAIN_EVENTS, (payload) => !eventId || payload.eventId === eventId),
  };
  return h;
}

export type EventsHarness = Awaited<ReturnType<typeof bootEvents>>;
