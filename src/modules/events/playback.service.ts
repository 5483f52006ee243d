import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DomainError } from '../../common/errors/domain-error';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import type { PlaybackCommandDto } from './dto/playback-command.dto';
import type { HistoryEntryDto } from './dto/history-entry.dto';
import type { PlaybackDto } from './dto/playback.dto';
import { assertControlsPlayback } from './playback-authority';
import { Tracks } from '../music';
import { EventTransactions, type EventMutation } from './event-transactions';
import { EventViews, positionAt } from './event-views';
import { EventsRepository, type EventRow, type PlaybackFields } from './events.repository';
import type { PlaybackChangeReason } from './event-domain-events';
import { FallbackPlaylist } from './fallback-playlist';
import { QueueRepository, type EntryRow } from './queue.repository';

const STOPPED = { entryId: null, track: null, state: 'stopped', positionMs: 0, startedAt: null, fromFallback: false } as const;

/** Server-owned playback: what is on the deck, playing or paused, and where. */
@Injectable()
export class PlaybackService {
  constructor(
    private readonly events: EventsRepository,
    private readonly queue: QueueRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    private readonly tracks: Tracks,
    private readonly fallback: FallbackPlaylist,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Owner and hosts, or delegates from a device their grant covers: authorised by the calling session. A command
   * that changes nothing (play while playing, a stale next) is a no-op.
   */
  command(userId: string, eventId: string, command: PlaybackCommandDto, sessionId: string | null): Promise<PlaybackDto> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      assertControlsPlayback(m.ctx, sessionId);
      const deck = await this.queue.onDeck(m.tx, eventId);
      switch (command.action) {
        case 'play':
          return this.play(m, deck);
        case 'pause':
          return this.pause(m, requireDeck(deck));
        case 'seek':
          return this.seek(m, requireDeck(deck), command.positionMs ?? 0);
        case 'next':
          return command.fromEntryId !== undefined && deck?.id !== command.fromEntryId
            ? this.current(m, deck)
            : this.advance(m, deck, { reason: 'next', by: m.ctx.userId });
      }
    });
  }

  /**
   * The deck goes to history and the top of the queue starts (or, with an empty queue, a track of the fallback
   * playlist); with nothing left playback stops. For auto-advance and crowd skip `by` is null: the server did it.
   */
  async advance(m: EventMutation, deck: EntryRow | null, cause: Cause): Promise<PlaybackDto> {
    if (deck) await this.queue.finish(m.tx, m.ctx.event.id, deck.id, 'played', m.now);
    return this.startTop(m, deck, cause);
  }

  async history(userId: string, eventId: string, limit: number, cursor?: string): Promise<Page<HistoryEntryDto>> {
    const after = decodeCursor(cursor);
    return this.transactions.read(userId, eventId, async (sql) => {
      const rows = await this.queue.historyPage(sql, eventId, after, limit);
      const page = toPage(
        rows.map((row) => ({ row, createdAt: row.finishedAt ?? row.proposedAt, id: row.id })),
        limit,
        ({ row }) => row,
      );
      return { items: await this.views.history(sql, page.items), nextCursor: page.nextCursor };
    });
  }

  private async play(m: EventMutation, deck: EntryRow | null): Promise<PlaybackDto> {
    const cause: Cause = { reason: 'play', by: m.ctx.userId };
    if (!deck) return this.startTop(m, null, cause);
    if (m.ctx.event.playbackState === 'playing') return this.current(m, deck);
    return this.save(m, deck, { state: 'playing', positionMs: m.ctx.event.playbackPositionMs }, cause);
  }

  private async pause(m: EventMutation, deck: EntryRow): Promise<PlaybackDto> {
    if (m.ctx.event.playbackState !== 'playing') return this.current(m, deck);
    const track = await this.tracks.one(deck.trackId, m.tx);
    return this.save(m, deck, { state: 'paused', positionMs: positionAt(m.ctx.event, track.durationMs, m.now) }, { reason: 'pause', by: m.ctx.userId });
  }

  private async seek(m: EventMutation, deck: EntryRow, positionMs: number): Promise<PlaybackDto> {
    const track = await this.tracks.one(deck.trackId, m.tx);
    if (track.durationMs > 0 && positionMs > track.durationMs) {
      throw new DomainError('VALIDATION_FAILED', `positionMs must be at most the track's duration (${track.durationMs} ms).`, [
        { field: 'positionMs', messages: [`positionMs must not be greater than ${track.durationMs}`] },
      ]);
    }
    return this.save(m, deck, { state: m.ctx.event.playbackState ?? 'paused', positionMs }, { reason: 'seek', by: m.ctx.userId });
  }

  private async startTop(m: EventMutation, previous: EntryRow | null, cause: Cause): Promise<PlaybackDto> {
    const top = await this.queue.topQueued(m.tx, m.ctx.event.id);
    if (top) {
      const started = await this.queue.startPlaying(m.tx, top.id, m.now);
      m.changes.emit('queue.track_removed', { entryId: started.id, reason: 'playing' });
      return this.save(m, started, { state: 'playing', positionMs: 0 }, cause);
    }
    const fromFallback = await this.fallback.start(m);
    if (fromFallback) return this.save(m, fromFallback, { state: 'playing', positionMs: 0 }, cause);
    if (!previous) throw new DomainError('CONFLICT', 'The queue is empty.', { reason: 'queue_empty' });
    return this.save(m, null, { state: null, positionMs: 0 }, cause);
  }

  /** Stores the new state, who set it and when the server advances by itself; publishes it, and answers it. */
  private async save(m: EventMutation, deck: EntryRow | null, next: Pick<PlaybackFields, 'state' | 'positionMs'>, cause: Cause): Promise<PlaybackDto> {
    const deadlineAt = deck && next.state === 'playing' ? await this.deadline(m, deck, next.positionMs) : null;
    const fields: PlaybackFields = { ...next, updatedAt: deck ? m.now : null, controlledBy: cause.by, deadlineAt };
    await this.events.setPlayback(m.tx, m.ctx.event.id, fields);
    const event: EventRow = {
      ...m.ctx.event,
      playbackState: fields.state,
      playbackPositionMs: fields.positionMs,
      playbackUpdatedAt: fields.updatedAt,
      playbackControlledBy: fields.controlledBy,
      playbackDeadlineAt: fields.deadlineAt,
    };
    const playback = await this.views.playback(m.tx, event, deck, m.now);
    m.changes.emit('playback.changed', { playback, reason: cause.reason });
    return playback ?? (await this.stopped(m, event));
  }

  /** The end of the track from `positionMs` on, plus the grace; null for a track of unknown length. */
  private async deadline(m: EventMutation, deck: EntryRow, positionMs: number): Promise<Date | null> {
    const { durationMs } = await this.tracks.one(deck.trackId, m.tx);
    if (durationMs <= 0) return null;
    return new Date(m.now.getTime() + Math.max(0, durationMs - positionMs) + this.config.events.autoAdvanceGraceMs);
  }

  private async current(m: EventMutation, deck: EntryRow | null): Promise<PlaybackDto> {
    return (await this.views.playback(m.tx, m.ctx.event, deck, m.now)) ?? (await this.stopped(m, m.ctx.event));
  }

  private async stopped(m: EventMutation, event: EventRow): Promise<PlaybackDto> {
    const by = event.playbackControlledBy;
    const cards = await this.views.cardsOf(m.tx, by ? [by] : []);
    return { ...STOPPED, controlledBy: by ? (cards.get(by) ?? null) : null };
  }
}

/** Why playback changed and who changed it (null: the server, by itself). */
export interface Cause {
  reason: PlaybackChangeReason;
  by: string | null;
}

function requireDeck(deck: EntryRow | null): EntryRow {
  if (!deck) throw new DomainError('CONFLICT', 'Nothing is playing.', { reason: 'nothing_playing' });
  return deck;
}
