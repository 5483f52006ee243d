import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { Database, type Tx } from '../../infra/database';
import { Invitations } from '../invitations';
import { Playlists } from '../playlists';
import type { PartySettingsDto } from './dto/party-settings.dto';
import { newEventCode } from './event-code';
import { FallbackRepository } from './fallback.repository';
import { boundingBox, decodeNearbyCursor, encodeNearbyCursor, parseNear } from './nearby';
import type { CreateEventDto } from './dto/create-event.dto';
import type { UpdateEventDto } from './dto/update-event.dto';
import { NEARBY_DEFAULT_RADIUS_KM, type ListEventsQueryDto } from './dto/list-events-query.dto';
import type { EventDto } from './dto/event.dto';
import type { EventSummaryDto } from './dto/event-summary.dto';
import { Clock } from '../../common/time/clock';
import { contextOf, geoOf, isHostOrOwner, visibleContextOf, windowOf } from './event-context';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { EventsRepository, type EventRow, type EventSettings, type NewEvent } from './events.repository';

const DEFAULT_MAX_PROPOSALS = 3;
const CODE_ATTEMPTS = 5;

/** Events themselves: create, read, list, change settings, delete. */
@Injectable()
export class EventsService {
  constructor(
    private readonly db: Database,
    private readonly events: EventsRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    private readonly invitations: Invitations,
    private readonly clock: Clock,
    private readonly playlists: Playlists,
    private readonly fallback: FallbackRepository,
  ) {}

  create(caller: { id: string; sessionId: string | null }, dto: CreateEventDto): Promise<EventDto> {
    const settings: EventSettings = {
      ...partySettings(dto, DEFAULT_PARTY_SETTINGS),
      name: dto.name,
      description: dto.description ?? '',
      visibility: dto.visibility ?? 'public',
      voteLicense: dto.voteLicense ?? 'everyone',
      geo: dto.geo ?? null,
      window: toWindow(dto.window ?? null),
      maxProposalsPerUser: dto.maxProposalsPerUser ?? DEFAULT_MAX_PROPOSALS,
    };
    return this.db.transaction(async (tx) => {
      await this.assertReadablePlaylist(caller.id, settings.fallbackPlaylistId, tx);
      const event = await this.insertWithCode(tx, { ...settings, ownerId: caller.id });
      const ctx = contextOf(event, caller.id, { memberRole: null, isListener: false, delegate: null });
      return this.views.event(tx, ctx, this.clock.now(), caller.sessionId);
    });
  }

  /** The event as the caller sees it from the calling device (`sessionId`: canControlPlayback, isPlayer). */
  async get(userId: string, eventId: string, sessionId: string | null): Promise<EventDto> {
    const snapshot = await this.events.snapshot(this.db, eventId, userId);
    const ctx = snapshot && visibleContextOf(snapshot.event, userId, snapshot.participation);
    if (!snapshot || !ctx) throw DomainError.notFound('Event');
    return this.views.fromSnapshot(this.db, ctx, snapshot, this.clock.now(), sessionId);
  }

  async list(userId: string, query: ListEventsQueryDto): Promise<Page<EventSummaryDto>> {
    if (query.near !== undefined) return this.nearby(userId, query.near, query.radiusKm ?? NEARBY_DEFAULT_RADIUS_KM, query);
    const after = decodeCursor(query.cursor);
    return this.db.transaction(
      async (tx) => {
        const rows =
          query.scope === 'mine'
            ? await this.events.pageOwned(tx, userId, after, query.limit)
            : query.scope === 'invited'
              ? await this.events.pageMemberOf(tx, userId, after, query.limit)
              : await this.events.pagePublic(tx, after, query.limit);
        const page = toPage(rows, query.limit, (row) => row);
        return { items: await this.views.summaries(tx, page.items, userId), nextCursor: page.nextCursor };
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  /** Public events with an area within `radiusKm` of `near`, nearest first, each with its distance. */
  private nearby(userId: string, near: string, radiusKm: number, page: { limit: number; cursor?: string }): Promise<Page<EventSummaryDto>> {
    const center = parseNear(near);
    const after = decodeNearbyCursor(page.cursor);
    const radiusMeters = radiusKm * 1000;
    return this.db.transaction(
      async (tx) => {
        const rows = await this.events.pageNearby(tx, center, radiusMeters, boundingBox(center, radiusMeters), after, page.limit);
        const visible = rows.slice(0, page.limit);
        const last = visible.at(-1);
        const summaries = await this.views.summaries(tx, visible, userId);
        return {
          items: summaries.map((summary, i) => Object.assign(summary, { distanceMeters: Math.round(visible[i].distanceMeters) })),
          nextCursor: rows.length > page.limit && last ? encodeNearbyCursor(last) : null,
        };
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  /** Owner and hosts; `null` removes a geo area or a window. */
  update(userId: string, eventId: string, dto: UpdateEventDto, sessionId: string | null): Promise<EventDto> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes, now }) => {
      if (!isHostOrOwner(ctx)) throw new DomainError('FORBIDDEN', 'Only the owner and hosts can change this event.');
      const before = settingsOf(ctx.event);
      const after: EventSettings = {
        name: dto.name ?? before.name,
        description: dto.description ?? before.description,
        visibility: dto.visibility ?? before.visibility,
        voteLicense: dto.voteLicense ?? before.voteLicense,
        geo: dto.geo === undefined ? before.geo : dto.geo,
        window: dto.window === undefined ? before.window : toWindow(dto.window),
        maxProposalsPerUser: dto.maxProposalsPerUser ?? before.maxProposalsPerUser,
        ...partySettings(dto, before),
      };
      let event: EventRow = ctx.event;
      if (after.fallbackPlaylistId !== before.fallbackPlaylistId) await this.assertReadablePlaylist(userId, after.fallbackPlaylistId, tx);
      if (!sameSettings(before, after)) {
        await this.events.updateSettings(tx, eventId, after);
        if (after.fallbackPlaylistId !== before.fallbackPlaylistId) await this.fallback.clear(tx, eventId);
        event = (await this.events.findById(tx, eventId)) ?? event;
        changes.emit('event.updated', { event: await this.views.settings(tx, event) });
      }
      return this.views.event(tx, { ...ctx, event: { ...event, version: changes.version } }, now, sessionId);
    });
  }

  /** Owner only: a new join code; the old one stops working at once. */
  regenerateCode(userId: string, eventId: string, sessionId: string | null): Promise<EventDto> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes, now }) => {
      if (ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only the owner can change the join code.');
      let code = newEventCode();
      for (let attempt = 1; !(await this.events.setCode(tx, eventId, code)); attempt++) {
        if (attempt >= CODE_ATTEMPTS) throw new Error('No free join code after several attempts');
        code = newEventCode();
      }
      const event = { ...ctx.event, code };
      changes.emit('event.updated', { event: await this.views.settings(tx, event) });
      return this.views.event(tx, { ...ctx, event: { ...event, version: changes.version } }, now, sessionId);
    });
  }

  /** The fallback playlist must be one the person setting it can read (null: no fallback). */
  private async assertReadablePlaylist(userId: string, playlistId: string | null, tx: Tx): Promise<void> {
    if (playlistId === null || (await this.playlists.readableTrackIds(userId, playlistId, tx)) !== null) return;
    throw new DomainError('VALIDATION_FAILED', 'fallbackPlaylistId must be a playlist you can read.', [
      { field: 'fallbackPlaylistId', messages: ['fallbackPlaylistId must be a playlist you can read'] },
    ]);
  }

  /** Draws join codes until one is free (a clash is about one in a billion per existing event). */
  private async insertWithCode(tx: Tx, input: NewEvent): Promise<EventRow> {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const event = await this.events.insert(tx, input, newEventCode());
      if (event) return event;
    }
    throw new Error('No free join code after several attempts');
  }

  /** Owner only. Pending invitations to it are revoked with it. */
  remove(userId: string, eventId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes }) => {
      if (ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only the owner can delete this event.');
      await this.invitations.revokeForTarget(tx, 'event', eventId);
      await this.events.delete(tx, eventId);
      changes.emit('event.deleted', {});
    });
  }
}

function toWindow(window: { startsAt: string; endsAt: string } | null): EventSettings['window'] {
  if (!window) return null;
  const startsAt = new Date(window.startsAt);
  const endsAt = new Date(window.endsAt);
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new DomainError('VALIDATION_FAILED', 'window.endsAt must be after window.startsAt.', [
      { field: 'window.endsAt', messages: ['endsAt must be after startsAt'] },
    ]);
  }
  return { startsAt, endsAt };
}

function settingsOf(event: EventRow): EventSettings {
  return {
    name: event.name,
    description: event.description,
    visibility: event.visibility,
    voteLicense: event.voteLicense,
    geo: geoOf(event),
    window: windowOf(event),
    maxProposalsPerUser: event.maxProposalsPerUser,
    fallbackPlaylistId: event.fallbackPlaylistId,
    maxTrackDurationMs: event.maxTrackDurationMs,
    skipThreshold: event.skipThreshold,
    joinByLink: event.joinByLink,
  };
}

type PartySettings = Pick<EventSettings, 'fallbackPlaylistId' | 'maxTrackDurationMs' | 'skipThreshold' | 'joinByLink'>;

const DEFAULT_PARTY_SETTINGS: PartySettings = { fallbackPlaylistId: null, maxTrackDurationMs: null, skipThreshold: null, joinByLink: false };

/** Absent keeps `base`; null clears (back to the default). */
function partySettings(dto: PartySettingsDto, base: PartySettings): PartySettings {
  return {
    fallbackPlaylistId: dto.fallbackPlaylistId === undefined ? base.fallbackPlaylistId : dto.fallbackPlaylistId,
    maxTrackDurationMs: dto.maxTrackDurationMs === undefined ? base.maxTrackDurationMs : dto.maxTrackDurationMs,
    skipThreshold: dto.skipThreshold === undefined ? base.skipThreshold : dto.skipThreshold,
    joinByLink: dto.joinByLink ?? base.joinByLink,
  };
}

/** Every setting in a fixed order (key order of the objects does not matter). */
const normalized = (s: EventSettings): string =>
  JSON.stringify([
    s.name,
    s.description,
    s.visibility,
    s.voteLicense,
    s.geo ? [s.geo.lat, s.geo.lng, s.geo.radiusMeters] : null,
    s.window ? [s.window.startsAt.getTime(), s.window.endsAt.getTime()] : null,
    s.maxProposalsPerUser,
    s.fallbackPlaylistId,
    s.maxTrackDurationMs,
    s.skipThreshold,
    s.joinByLink,
  ]);

const sameSettings = (a: EventSettings, b: EventSettings): boolean => normalized(a) === normalized(b);
