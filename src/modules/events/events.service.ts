import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { Database } from '../../infra/database';
import { Invitations } from '../invitations';
import type { CreateEventDto, UpdateEventDto } from './dto/event-settings.dto';
import type { ListEventsQueryDto } from './dto/requests.dto';
import type { EventDto, EventSummaryDto } from './dto/responses.dto';
import { Clock } from '../../common/time/clock';
import { contextOf, geoOf, isHostOrOwner, windowOf } from './event-context';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { EventsRepository, type EventRow, type EventSettings } from './events.repository';

const DEFAULT_MAX_PROPOSALS = 3;

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
  ) {}

  create(caller: { id: string; sessionId: string | null }, dto: CreateEventDto): Promise<EventDto> {
    const settings: EventSettings = {
      name: dto.name,
      description: dto.description ?? '',
      visibility: dto.visibility ?? 'public',
      voteLicense: dto.voteLicense ?? 'everyone',
      geo: dto.geo ?? null,
      window: toWindow(dto.window ?? null),
      maxProposalsPerUser: dto.maxProposalsPerUser ?? DEFAULT_MAX_PROPOSALS,
    };
    return this.db.transaction(async (tx) => {
      const event = await this.events.insert(tx, { ...settings, ownerId: caller.id });
      const ctx = contextOf(event, caller.id, { memberRole: null, isListener: false, delegate: null });
      return this.views.event(tx, ctx, this.clock.now(), caller.sessionId);
    });
  }

  /** The event as the caller sees it from the calling device (`sessionId`: canControlPlayback, isPlayer). */
  get(userId: string, eventId: string, sessionId: string | null): Promise<EventDto> {
    return this.transactions.read(userId, eventId, (sql, ctx, now) => this.views.event(sql, ctx, now, sessionId));
  }

  async list(userId: string, query: ListEventsQueryDto): Promise<Page<EventSummaryDto>> {
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
      };
      let event: EventRow = ctx.event;
      if (!sameSettings(before, after)) {
        await this.events.updateSettings(tx, eventId, after);
        event = (await this.events.findById(tx, eventId)) ?? event;
        changes.emit('event.updated', { event: await this.views.settings(tx, event) });
      }
      return this.views.event(tx, { ...ctx, event: { ...event, version: changes.version } }, now, sessionId);
    });
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
  };
}

const normalized = (s: EventSettings): string =>
  JSON.stringify({
    ...s,
    geo: s.geo ? [s.geo.lat, s.geo.lng, s.geo.radiusMeters] : null,
    window: s.window ? [s.window.startsAt.getTime(), s.window.endsAt.getTime()] : null,
  });

const sameSettings = (a: EventSettings, b: EventSettings): boolean => normalized(a) === normalized(b);
