import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database, type Queryable, type Tx } from '../../infra/database';
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
import { BatchesByKey } from './batches-by-key';
import { EventBus } from '../../common/events/event-bus';
import { takeVoteToken, voteTokenRate } from './vote-rate-limit';

interface PendingVote {
  action: 'vote' | 'unvote';
  eventId: string;
  userId: string;
  entryId: string;
  location: LocationDto | null;
}

/** Votes of one event committed together at most: bounds how long one batch holds the event's lock. */
const MAX_VOTES_PER_COMMIT = 32;

/** The queue: proposals, removals, votes. Every path goes through the vote policy under the event's lock. */
@Injectable()
export class QueueService {
  private readonly votes = new BatchesByKey<PendingVote, VoteResultDto>((_key, votes) => this.voteBatch(votes), MAX_VOTES_PER_COMMIT);
  /** Batches per event; on PGlite, whose one connection runs one transaction at a time anyway, one for all events. */
  private readonly batchKey: (eventId: string) => string;

  constructor(
    private readonly bus: EventBus,
    private readonly db: Database,
    private readonly queue: QueueRepository,
    private readonly transactions: EventTransactions,
    private readonly tracks: Tracks,
    private readonly clock: Clock,
    private readonly admission: QueueAdmission,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.batchKey = config.database.kind === 'pglite' ? () => 'all' : (eventId) => eventId;
  }

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

  private changeVote(action: 'vote' | 'unvote', userId: string, eventId: string, entryId: string, location: LocationDto | null): Promise<VoteResultDto> {
    return this.votes.run(this.batchKey(eventId), { action, eventId, userId, entryId, location });
  }

  /**
   * The votes of one event that arrived while its previous batch ran, each in one statement
   * (`QueueRepository.voteAtOnce`) and all in one transaction, so they share one commit; their
   * `queue.vote_changed` are published after it, in version order, before the next batch starts. A vote whose
   * check did not pass there wrote nothing and then takes the transaction that says why. If the shared
   * transaction fails, nothing of it was written and each vote goes again on its own.
   */
  private async voteBatch(votes: PendingVote[]): Promise<PromiseSettledResult<VoteResultDto>[]> {
    let fast: Array<VoteResultDto | null>;
    let shared = true;
    try {
      fast = await this.votesAtOnce(votes);
    } catch (error) {
      if (votes.length === 1) throw error;
      [fast, shared] = [votes.map(() => null), false];
    }
    const settled: PromiseSettledResult<VoteResultDto>[] = [];
    for (const [i, vote] of votes.entries()) {
      const done = fast[i];
      settled.push(done ? { status: 'fulfilled', value: done } : await settle(this.voteTheLongWay(vote, !shared)));
    }
    return settled;
  }

  /** Null for a vote whose check did not pass (nothing written). One vote alone needs no transaction of its own. */
  private async votesAtOnce(votes: PendingVote[]): Promise<Array<VoteResultDto | null>> {
    const bucket = voteTokenRate(this.config.events);
    const frames: Array<() => void> = [];
    const run = async (sql: Queryable) => {
      const results: Array<VoteResultDto | null> = [];
      for (const { action, eventId, userId, entryId } of votes) {
        const now = this.clock.now();
        const result = await this.queue.voteAtOnce(sql, { action, eventId, entryId, userId, now, bucket });
        const { score, version } = result;
        if (result.done && score !== null && version !== null) {
          frames.push(() => this.bus.publish('queue.vote_changed', { eventId, entryId, score, version, at: now.toISOString() }));
        }
        results.push(result.done ? { score: score ?? result.previousScore ?? 0, votedByMe: action === 'vote' } : null);
      }
      return results;
    };
    const results = votes.length === 1 ? await run(this.db) : await this.db.transaction(async (tx) => {
      frames.length = 0;
      return run(tx);
    });
    for (const publish of frames) publish();
    return results;
  }

  /** A vote alone, in the transaction that says why it is refused; `untried`: its batch failed, so one statement first. */
  private async voteTheLongWay(vote: PendingVote, untried: boolean): Promise<VoteResultDto> {
    const { action, eventId, userId, entryId, location } = vote;
    if (untried) {
      const [alone] = await this.votesAtOnce([vote]);
      if (alone) return alone;
    }
    return this.transactions.mutate(userId, eventId, async (m) => {
      await this.admission.checkPolicy(m, action, location);
      const entry = await this.votableEntry(m, entryId);
      const score = action === 'vote' ? await this.queue.addVote(m.tx, entry.id, userId) : await this.queue.removeVote(m.tx, entry.id, userId);
      if (score !== null) m.changes.emit('queue.vote_changed', { entryId: entry.id, score });
      return { score: score ?? entry.score, votedByMe: action === 'vote' };
    });
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

function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}
