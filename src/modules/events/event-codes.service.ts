import { Inject, Injectable } from '@nestjs/common';
import { toString as qrToString } from 'qrcode';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database } from '../../infra/database';
import type { EventDto } from './dto/event.dto';
import type { EventPreviewDto } from './dto/event-preview.dto';
import { contextOf, type EventContext } from './event-context';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { EventsRepository } from './events.repository';

/** What a code opens for this caller: nothing (404), or the event and what joining makes them. */
function joinsAs(ctx: EventContext): EventPreviewDto['joinsAs'] | null {
  if (ctx.role !== null || (ctx.event.visibility === 'public' && ctx.isListener)) return 'already_in';
  if (ctx.event.visibility === 'public') return 'listener';
  return ctx.event.joinByLink ? 'guest' : null;
}

/**
 * Join by code, link or QR. A public event's code makes the caller a listener; a private event's code works only
 * when the owner turned `joinByLink` on, and makes the caller a guest. Otherwise a code answers 404 like an
 * unknown one, so codes reveal nothing. The routes share a rate limit (RATE_LIMIT_EVENT_CODE_PER_MINUTE).
 */
@Injectable()
export class EventCodesService {
  constructor(
    private readonly db: Database,
    private readonly events: EventsRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(userId: string, code: string): Promise<EventPreviewDto> {
    return this.db.transaction(async (tx) => {
      const event = await this.events.findByCode(tx, code);
      const ctx = event ? contextOf(event, userId, await this.events.participation(tx, event.id, userId)) : null;
      const joining = ctx ? joinsAs(ctx) : null;
      if (!ctx || !joining) throw DomainError.notFound('Event');
      const settings = await this.views.settings(tx, ctx.event);
      const listeners = await this.events.listenerCounts(tx, [ctx.event.id]);
      return {
        id: settings.id,
        name: settings.name,
        visibility: settings.visibility,
        code: settings.code,
        owner: settings.owner,
        myRole: ctx.role,
        isListener: ctx.isListener,
        joinsAs: joining,
        listenerCount: listeners.get(ctx.event.id) ?? 0,
      };
    });
  }

  /** Idempotent: joining again changes nothing and answers the event. */
  async join(userId: string, code: string, sessionId: string | null): Promise<EventDto> {
    const found = await this.events.findByCode(this.db, code);
    if (!found) throw DomainError.notFound('Event');
    return this.db.transaction((tx) =>
      this.transactions.mutateIn(
        tx,
        userId,
        found.id,
        async ({ ctx, changes, now }) => {
          // Under the lock: the code may have been regenerated or joinByLink turned off in the meantime.
          const joining = ctx.event.code === code ? joinsAs(ctx) : null;
          if (!joining) throw DomainError.notFound('Event');
          let joined: EventContext = ctx;
          if (joining === 'listener' && (await this.events.addListener(tx, ctx.event.id, userId))) {
            changes.emit('members.changed', { userId, role: 'listener', isDelegate: ctx.delegate !== null });
            joined = { ...ctx, isListener: true };
          }
          if (joining === 'guest') {
            const role = await this.events.upsertMember(tx, ctx.event.id, userId, 'guest');
            changes.emit('members.changed', { userId, role, isDelegate: ctx.delegate !== null });
            joined = { ...ctx, role };
          }
          return this.views.event(tx, { ...joined, event: { ...ctx.event, version: changes.version } }, now, sessionId);
        },
        { requireVisible: false },
      ),
    );
  }

  /** An SVG QR code of the join link `<PUBLIC_URL>/e/<code>`, for anyone who may see the event. */
  async qrSvg(userId: string, eventId: string): Promise<string> {
    const ctx = await this.transactions.visibleContext(this.db, userId, eventId);
    if (!ctx) throw DomainError.notFound('Event');
    return qrToString(this.joinLink(ctx.event.code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  joinLink(code: string): string {
    return `${this.config.http.publicUrl.replace(/\/+$/, '')}/e/${code}`;
  }
}
