import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { LocationDto } from './dto/location.dto';
import type { QueueEntryDto } from './dto/queue-entry.dto';
import { isMember, licensedEvent } from './event-context';
import type { TrackDto } from '../music';
import type { EventMutation } from './event-transactions';
import { EventViews } from './event-views';
import { QueueRepository } from './queue.repository';
import { assertQueueActionAllowed, type QueueAction } from './vote-policy';

/** Why a track was not added: each maps to the error a single proposal gets, and to a counter of an import. */
export type Refusal =
  | { reason: 'already_queued'; entryId: string | null }
  | { reason: 'recently_played'; playedAt: Date; waitMs: number }
  | { reason: 'proposal_limit'; limit: number }
  | { reason: 'too_long'; durationMs: number; maxTrackDurationMs: number };

export type Admission = { added: QueueEntryDto } | { refused: Refusal };

/**
 * The rules a proposal passes under the event's lock, shared by a single proposal and a playlist import: the
 * licence (with the voter's position), the maximum track length, one waiting entry per track, the re-proposal
 * cooldown and the proposer's cap of waiting entries.
 */
@Injectable()
export class QueueAdmission {
  constructor(
    private readonly queue: QueueRepository,
    private readonly views: EventViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The policy, with the voter's last position locked (after the event, before any entry) and then updated. */
  async checkPolicy(m: EventMutation, action: QueueAction, location: LocationDto | null): Promise<void> {
    const event = licensedEvent(m.ctx.event);
    const located = event.geo !== null && action !== 'unvote' && location !== null;
    const accepted = assertQueueActionAllowed({
      action,
      event,
      isMember: isMember(m.ctx),
      location,
      lastAcceptedLocation: located ? await this.queue.lockLastLocation(m.tx, m.ctx.userId) : null,
      now: m.now,
    });
    if (accepted) await this.queue.saveLocation(m.tx, m.ctx.userId, accepted);
  }

  /** Adds the track for the caller and broadcasts it, or says why not. The policy was checked before. */
  async admit(m: EventMutation, trackId: string, track: TrackDto): Promise<Admission> {
    const { tx, ctx, changes, now } = m;
    const eventId = ctx.event.id;
    const maxTrackDurationMs = ctx.event.maxTrackDurationMs;
    if (maxTrackDurationMs !== null && track.durationMs > maxTrackDurationMs) {
      return { refused: { reason: 'too_long', durationMs: track.durationMs, maxTrackDurationMs } };
    }
    const waiting = await this.queue.waitingEntryOfTrack(tx, eventId, trackId);
    if (waiting) return { refused: { reason: 'already_queued', entryId: waiting.id } };
    const cooldownMs = this.config.events.reproposeCooldownMinutes * 60_000;
    const playedAt = cooldownMs > 0 ? await this.queue.lastPlayedAt(tx, eventId, trackId) : null;
    const waitMs = playedAt ? playedAt.getTime() + cooldownMs - now.getTime() : 0;
    if (playedAt && waitMs > 0) return { refused: { reason: 'recently_played', playedAt, waitMs } };
    const limit = ctx.event.maxProposalsPerUser;
    if ((await this.queue.countQueuedBy(tx, eventId, ctx.userId)) >= limit) return { refused: { reason: 'proposal_limit', limit } };
    const entry = await this.queue.insertEntry(tx, eventId, trackId, ctx.userId, now);
    if (!entry) return { refused: { reason: 'already_queued', entryId: (await this.queue.waitingEntryOfTrack(tx, eventId, trackId))?.id ?? null } };
    const created = await this.views.entry(tx, entry, false);
    const { votedByMe: _perViewer, ...broadcast } = created;
    changes.emit('queue.track_added', { entry: broadcast });
    return { added: created };
  }

  /** The error a single proposal answers for a refusal. */
  refusalError(refusal: Refusal): DomainError {
    switch (refusal.reason) {
      case 'too_long':
        return new DomainError(
          'TRACK_TOO_LONG',
          `This track lasts ${formatDuration(refusal.durationMs)}: this event accepts tracks up to ${formatDuration(refusal.maxTrackDurationMs)}.`,
          { maxTrackDurationMs: refusal.maxTrackDurationMs, durationMs: refusal.durationMs },
        );
      case 'already_queued':
        return new DomainError('CONFLICT', 'This track is already in the queue.', { reason: 'already_queued', entryId: refusal.entryId });
      case 'proposal_limit':
        return new DomainError('CONFLICT', `You already have ${refusal.limit} tracks waiting in this queue.`, {
          reason: 'proposal_limit',
          limit: refusal.limit,
        });
      case 'recently_played':
        return new DomainError('CONFLICT', `This track played recently: it can be proposed again in ${Math.ceil(refusal.waitMs / 60_000)} min.`, {
          reason: 'recently_played',
          playedAt: refusal.playedAt.toISOString(),
          cooldownMinutes: this.config.events.reproposeCooldownMinutes,
          retryAfterSeconds: Math.ceil(refusal.waitMs / 1000),
        });
    }
  }
}

const formatDuration = (ms: number): string => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
