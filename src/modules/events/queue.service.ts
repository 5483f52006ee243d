import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database, type Tx } from '../../infra/database';
import type { LocationDto } from './dto/location.dto';
import type { ProposeTrackDto } from './dto/propose-track.dto';
import type { QueueEntryDto } from './dto/queue-entry.dto';
import type { VoteResultDto } from './dto/vote-result.dto';
import { Clock } from '../../common/time/clock';
import { isHostOrOwner, isMember, licensedEvent } from './event-context';
import { Tracks } from '../music';
import { EventTransactions, type EventMutation } from './event-transactions';
import { QueueAdmission } from './queue-admission';
import { QueueRepository, type EntryRow } from './queue.repository';
import { decideWithoutLocation } from './vote-policy';
import { OneAtATime } from './one-at-a-time';
import { EventBus } from '../../common/events/event-bus';
import { takeVoteToken, voteTokenRate } from './vote-rate-limit';

/** The queue: proposals, removals, votes. Every path goes through the vote policy under the event's lock. */
@Injectable()
export class QueueService {
  private readonly votes = new OneAtATime();

  constructor(
    private readonly bus: EventBus,
    private readonly db: Database,
    private readonly queue: QueueRepository,
    private readonly transactions: EventTransactions,
    private readonly tracks: Tracks,
    private readonly clock: Clock,
    private readonly admission: QueueAdmission,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async propose(userId: string, eventId: string, dto: ProposeTrackDto): Promise<QueueEntryDto> {
    // Checked before asking a provider, so a refused proposal never costs an upstream call; checked again under the lock.
    const seen = await this.transactions.visibleContext(this.db, userId, eventId);
    if (!seen) throw DomainError.notFound('Event');
    const refusal = decideWithoutLocation(licensedEvent(seen.event), isMember(seen), this.clock.now());
    if (refusal) throw new DomainError(refusal.code, refusal.message, refusal.details);
    const { id: trackId, track } = await this.tracks.resolve(dto.provider, dto.providerTrackId);
    return this.transactions.mutate(userId, eventId, async (m) => {
      await this.admission.checkPolicy(m, 'propose', dto.location ?? null);
      const admission = await this.admission.admit(m, trackId, track);
      if ('refused' in admission) throw this.admission.refusalError(admission.refused);
      return admission.added;
    });
  }

  /** The proposer, the owner or a host; only waiting entries can be removed (the one playing is skipped with next). */
  remove(userId: string, eventId: string, entryId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes, now }) => {
      const entry = await this.queue.lockEntry(tx, eventId, entryId);
      if (!entry || entry.status === 'removed' || entry.status === 'played') throw DomainError.notFound('Entry');
      if (entry.proposedBy !== userId && !isHostOrOwner(ctx)) {
        throw new DomainError('FORBIDDEN', 'Only the proposer, the owner and hosts can remove this track.');
      }
      if (entry.status === 'playing') throw new DomainError('CONFLICT', 'This track is playing: skip it with next.', { reason: 'playing' });
      await this.queue.finish(tx, eventId, entry.id, 'removed', now);
      changes.emit('queue.track_removed', { entryId: entry.id, reason: 'removed' });
    });
  }

  vote(userId: string, eventId: string, entryId: string, location: LocationDto | null): Promise<VoteResultDto> {
    return this.changeVote('vote', userId, eventId, entryId, location);
  }

  unvote(userId: string, eventId: string, entryId: string): Promise<VoteResultDto> {
    return this.changeVote('unvote', userId, eventId, entryId, null);
  }

  /** The one-statement path first; when a check does not pass there, the transaction that says which. */
  private changeVote(action: 'vote' | 'unvote', userId: string, eventId: string, entryId: string, location: LocationDto | null): Promise<VoteResultDto> {
    return this.votes.run(eventId, async () => {
      const fast = await this.voteAtOnce(action, userId, eventId, entryId);
      if (fast) return fast;
      return this.transactions.mutate(userId, eventId, async (m) => {
        await this.admission.checkPolicy(m, action, location);
        const entry = await this.votableEntry(m, entryId);
        const score = action === 'vote' ? await this.queue.addVote(m.tx, entry.id, userId) : await this.queue.removeVote(m.tx, entry.id, userId);
        if (score !== null) m.changes.emit('queue.vote_changed', { entryId: entry.id, score });
        return { score: score ?? entry.score, votedByMe: action === 'vote' };
      });
    });
  }

  /**
   * The vote in one statement (`QueueRepository.voteAtOnce`), or null when a check did not pass and nothing was
   * written: the caller then takes the transaction that says why. Votes of one event run one at a time in this
   * process (`votes`), so their `queue.vote_changed` leave in version order.
   */
  private async voteAtOnce(action: 'vote' | 'unvote', userId: string, eventId: string, entryId: string): Promise<VoteResultDto | null> {
    const now = this.clock.now();
    const bucket = voteTokenRate(this.config.events);
    const result = await this.queue.voteAtOnce(this.db, { action, eventId, entryId, userId, now, bucket });
    if (!result.done) return null;
    if (result.score !== null && result.version !== null) {
      this.bus.publish('queue.vote_changed', { eventId, entryId, score: result.score, version: result.version, at: now.toISOString() });
    }
    return { score: result.score ?? result.previousScore ?? 0, votedByMe: action === 'vote' };
  }

  /** A waiting entry of this event, locked, once the voter's token bucket allows one more vote. */
  private async votableEntry({ tx, ctx, now }: EventMutation, entryId: string): Promise<EntryRow> {
    const entry = await this.queue.lockEntry(tx, ctx.event.id, entryId);
    if (!entry || entry.status === 'removed') throw DomainError.notFound('Entry');
    if (entry.status !== 'queued') {
      throw new DomainError('CONFLICT', 'Votes are closed for a track that is playing or played.', { reason: 'not_queued', status: entry.status });
    }
    await this.takeVoteToken(tx, ctx.event.id, ctx.userId, now);
    return entry;
  }

  private async takeVoteToken(tx: Tx, eventId: string, userId: string, now: Date): Promise<void> {
    const result = takeVoteToken(await this.queue.bucket(tx, eventId, userId), this.config.events, now);
    if (!result.allowed) {
      throw DomainError.rateLimited(`Too many votes: try again in ${result.retryAfterSeconds} s.`, result.retryAfterSeconds);
    }
    await this.queue.saveBucket(tx, eventId, userId, result.bucket);
  }
}
