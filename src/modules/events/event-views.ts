import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { UserCards, type UserCardDto } from '../users';
import type { EventDto, EventRole } from './dto/event.dto';
import type { EventSettingsDto } from './dto/event-settings.dto';
import type { EventSummaryDto } from './dto/event-summary.dto';
import type { HistoryEntryDto } from './dto/history-entry.dto';
import type { PlaybackDto } from './dto/playback.dto';
import type { QueueEntryBaseDto } from './dto/queue-entry-base.dto';
import type { QueueEntryDto } from './dto/queue-entry.dto';
import { Devices } from '../auth';
import type { PlayerDto } from './dto/player.dto';
import { geoOf, licensedEvent, windowOf, type EventContext } from './event-context';
import { canControlPlayback } from './playback-authority';
import { Tracks, type TrackDto } from '../music';
import { EventsRepository, type EventRow, type EventSnapshot } from './events.repository';
import type { EntryRow } from './queue.repository';
import type { Queryable as Sql } from '../../infra/database';
import { decideWithoutLocation } from './vote-policy';

/** The fields of a DTO class as a plain object type: what the mappers build, spread and return. */
type Plain<T> = { [K in keyof T]: T[K] };

/** A user card for someone whose account is gone (a deleted owner takes the event with them, so rarely seen). */
const formerUser = (id: string): UserCardDto => ({ id, displayName: 'Former user', avatarUrl: `/api/users/${id}/avatar` });

/** Builds response DTOs: loads the people and tracks they mention in one query each. */
@Injectable()
export class EventViews {
  constructor(
    private readonly events: EventsRepository,
    private readonly cards: UserCards,
    private readonly tracks: Tracks,
    private readonly devices: Devices,
  ) {}

  /** The event as the caller sees it from `sessionId`, the device the request came from (within a mutation: `ctx.event` as changed). */
  async event(sql: Sql, ctx: EventContext, now: Date, sessionId: string | null): Promise<EventDto> {
    const snapshot = await this.events.snapshot(sql, ctx.event.id, ctx.userId);
    if (!snapshot) throw DomainError.notFound('Event');
    return this.fromSnapshot(sql, ctx, snapshot, now, sessionId);
  }

  /**
   * The same from what `EventsRepository.snapshot` read; the people, tracks and player device it mentions are
   * read after it, side by side (none of them changes what the snapshot says about the queue). Within a
   * transaction (`sql` a Tx) they still go one after another on its one connection.
   */
  async fromSnapshot(sql: Sql, ctx: EventContext, snapshot: Pick<EventSnapshot, 'listenerCount' | 'queued' | 'onDeck'>, now: Date, sessionId: string | null): Promise<EventDto> {
    const { event } = ctx;
    const { queued, onDeck } = snapshot;
    const entries = [...queued.map((q) => q.entry), ...(onDeck ? [onDeck] : [])];
    const [cards, tracks, player] = await Promise.all([
      this.cards.byIds([event.ownerId, ...peopleOf(entries), ...(event.playbackControlledBy ? [event.playbackControlledBy] : [])], sql),
      this.tracks.byIds(entries.map((e) => e.trackId), sql),
      this.player(sql, event),
    ]);
    return {
      ...settings(event, cards),
      myRole: ctx.role,
      isListener: ctx.isListener,
      canVote: decideWithoutLocation(licensedEvent(event), ctx.role !== null, now) === null,
      canControlPlayback: canControlPlayback(ctx, sessionId),
      player,
      isPlayer: sessionId !== null && event.playerSessionId === sessionId,
      listenerCount: snapshot.listenerCount,
      queue: queued.map(({ entry, votedByMe }) => ({ ...entryBase(entry, tracks, cards), votedByMe })),
      nowPlaying: onDeck ? playback(event, onDeck, tracks, cards, now) : null,
      version: event.version,
    };
  }

  /** The player device, or null when none is chosen or it signed out. */
  async player(sql: Sql, event: EventRow): Promise<PlayerDto | null> {
    if (!event.playerSessionId) return null;
    const device = (await this.devices.live(sql, [event.playerSessionId])).get(event.playerSessionId);
    return device ? { userId: device.userId, deviceName: device.deviceName, platform: device.platform } : null;
  }

  async settings(sql: Sql, event: EventRow): Promise<EventSettingsDto> {
    return settings(event, await this.cards.byIds([event.ownerId], sql));
  }

  async summaries(sql: Sql, rows: EventRow[], userId: string): Promise<EventSummaryDto[]> {
    const ids = rows.map((r) => r.id);
    const cards = await this.cards.byIds(rows.map((r) => r.ownerId), sql);
    const listeners = await this.events.listenerCounts(sql, ids);
    const roles = await this.events.memberRoles(sql, ids, userId);
    return rows.map((row) => ({
      ...settings(row, cards),
      myRole: (row.ownerId === userId ? 'owner' : (roles.get(row.id) ?? null)) satisfies EventRole | null,
      listenerCount: listeners.get(row.id) ?? 0,
      version: row.version,
    }));
  }

  async entry(sql: Sql, entry: EntryRow, votedByMe: boolean): Promise<QueueEntryDto> {
    const cards = await this.cards.byIds(peopleOf([entry]), sql);
    const tracks = await this.tracks.byIds([entry.trackId], sql);
    return { ...entryBase(entry, tracks, cards), votedByMe };
  }

  async history(sql: Sql, entries: EntryRow[]): Promise<HistoryEntryDto[]> {
    const cards = await this.cards.byIds(peopleOf(entries), sql);
    const tracks = await this.tracks.byIds(entries.map((e) => e.trackId), sql);
    return entries.map((entry) => ({
      ...entryBase(entry, tracks, cards),
      startedAt: entry.startedAt?.toISOString() ?? null,
      fromFallback: entry.fromFallback,
      playedAt: (entry.finishedAt ?? entry.proposedAt).toISOString(),
    }));
  }

  /** The playback of `event` with `onDeck` on the deck, or null when nothing is. */
  async playback(sql: Sql, event: EventRow, onDeck: EntryRow | null, now: Date): Promise<PlaybackDto | null> {
    if (!onDeck) return null;
    const cards = await this.cards.byIds(event.playbackControlledBy ? [event.playbackControlledBy] : [], sql);
    const tracks = await this.tracks.byIds([onDeck.trackId], sql);
    return playback(event, onDeck, tracks, cards, now);
  }

  async cardsOf(sql: Sql, userIds: string[]): Promise<Map<string, UserCardDto>> {
    return this.cards.byIds(userIds, sql);
  }
}

function peopleOf(entries: EntryRow[]): string[] {
  return entries.flatMap((e) => (e.proposedBy ? [e.proposedBy] : []));
}

function trackOf(tracks: Map<string, TrackDto>, trackId: string): TrackDto {
  const track = tracks.get(trackId);
  // The foreign key (ON DELETE RESTRICT) keeps every referenced track.
  if (!track) throw new Error(`Track ${trackId} is missing`);
  return track;
}

function settings(event: EventRow, cards: Map<string, UserCardDto>): Plain<EventSettingsDto> {
  const window = windowOf(event);
  return {
    id: event.id,
    name: event.name,
    description: event.description,
    visibility: event.visibility,
    voteLicense: event.voteLicense,
    geo: geoOf(event),
    window: window ? { startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString() } : null,
    maxProposalsPerUser: event.maxProposalsPerUser,
    code: event.code,
    fallbackPlaylistId: event.fallbackPlaylistId,
    maxTrackDurationMs: event.maxTrackDurationMs,
    skipThreshold: event.skipThreshold,
    joinByLink: event.joinByLink,
    owner: cards.get(event.ownerId) ?? formerUser(event.ownerId),
    createdAt: event.createdAt.toISOString(),
  };
}

function entryBase(entry: EntryRow, tracks: Map<string, TrackDto>, cards: Map<string, UserCardDto>): Plain<QueueEntryBaseDto> {
  return {
    id: entry.id,
    track: trackOf(tracks, entry.trackId),
    proposedBy: entry.proposedBy ? (cards.get(entry.proposedBy) ?? null) : null,
    score: entry.score,
    proposedAt: entry.proposedAt.toISOString(),
  };
}

/** While playing, the position runs on from where it was at the last command, up to the track's end. */
export function positionAt(event: EventRow, durationMs: number, now: Date): number {
  const elapsed = event.playbackState === 'playing' && event.playbackUpdatedAt ? Math.max(0, now.getTime() - event.playbackUpdatedAt.getTime()) : 0;
  const position = event.playbackPositionMs + elapsed;
  return durationMs > 0 ? Math.min(position, durationMs) : position;
}

function playback(event: EventRow, onDeck: EntryRow, tracks: Map<string, TrackDto>, cards: Map<string, UserCardDto>, now: Date): PlaybackDto {
  const track = trackOf(tracks, onDeck.trackId);
  return {
    entryId: onDeck.id,
    track,
    state: event.playbackState ?? 'paused',
    positionMs: positionAt(event, track.durationMs, now),
    startedAt: onDeck.startedAt?.toISOString() ?? null,
    controlledBy: event.playbackControlledBy ? (cards.get(event.playbackControlledBy) ?? null) : null,
    fromFallback: onDeck.fromFallback,
  };
}
