import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { SkipVoteDto } from './dto/skip-vote.dto';
import type { SkipVotesDto } from './dto/skip-votes.dto';
import { ConnectedListeners } from './connected-listeners';
import { isMember } from './event-context';
import { EventTransactions, type EventMutation } from './event-transactions';
import type { EventRow } from './events.repository';
import { PlaybackService } from './playback.service';
import { QueueAdmission } from './queue-admission';
import { QueueRepository, type EntryRow } from './queue.repository';
import { SkipVotesRepository } from './skip-votes.repository';

export const MIN_DEFAULT_SKIP_THRESHOLD = 3;

/** The event's threshold, or half the connected listeners (rounded up), at least 3. */
export function skipThresholdOf(event: Pick<EventRow, 'skipThreshold'>, connectedListeners: number): number {
  return event.skipThreshold ?? Math.max(MIN_DEFAULT_SKIP_THRESHOLD, Math.ceil(connectedListeners / 2));
}

/**
 * Crowd skip: listeners and members vote to skip the entry on the deck, under the licence rules of voting. The
 * vote that reaches the threshold skips, in its own transaction under the event's lock, so a burst of votes
 * skips exactly once; the votes belong to that entry, so they start from zero for the next track.
 */
@Injectable()
export class CrowdSkipService {
  constructor(
    private readonly transactions: EventTransactions,
    private readonly admission: QueueAdmission,
    private readonly queue: QueueRepository,
    private readonly skipVotes: SkipVotesRepository,
    private readonly playback: PlaybackService,
    private readonly connected: ConnectedListeners,
  ) {}

  async vote(userId: string, eventId: string, dto: SkipVoteDto): Promise<SkipVotesDto> {
    const connected = await this.connected.count(eventId);
    return this.transactions.mutate(userId, eventId, async (m) => {
      const deck = await this.votableDeck(m, dto.entryId);
      await this.admission.checkPolicy(m, 'vote', dto.location ?? null);
      const added = await this.skipVotes.add(m.tx, deck.id, userId);
      const { votes } = await this.skipVotes.tally(m.tx, deck.id, userId);
      const threshold = skipThresholdOf(m.ctx.event, connected);
      if (added) m.changes.emit('playback.skip_votes_changed', { entryId: deck.id, votes, threshold });
      if (votes < threshold) return { votes, threshold, votedByMe: true, skipped: false };
      await this.playback.advance(m, deck, { reason: 'crowd_skip', by: null });
      return { votes, threshold, votedByMe: true, skipped: true };
    });
  }

  async unvote(userId: string, eventId: string, dto: SkipVoteDto): Promise<SkipVotesDto> {
    const connected = await this.connected.count(eventId);
    return this.transactions.mutate(userId, eventId, async (m) => {
      const deck = await this.votableDeck(m, dto.entryId);
      await this.admission.checkPolicy(m, 'unvote', null);
      const removed = await this.skipVotes.remove(m.tx, deck.id, userId);
      const { votes } = await this.skipVotes.tally(m.tx, deck.id, userId);
      const threshold = skipThresholdOf(m.ctx.event, connected);
      if (removed) m.changes.emit('playback.skip_votes_changed', { entryId: deck.id, votes, threshold });
      return { votes, threshold, votedByMe: false, skipped: false };
    });
  }

  /** Where things stand for the caller (no licence needed to look). */
  async status(userId: string, eventId: string): Promise<SkipVotesDto> {
    const connected = await this.connected.count(eventId);
    return this.transactions.read(userId, eventId, async (sql, ctx) => {
      const deck = await this.queue.onDeck(sql, eventId);
      const tally = deck ? await this.skipVotes.tally(sql, deck.id, userId) : { votes: 0, votedByMe: false };
      return { ...tally, threshold: skipThresholdOf(ctx.event, connected), skipped: false };
    });
  }

  /** Listeners and members only; the entry must still be the one on the deck when the client named it. */
  private async votableDeck(m: EventMutation, entryId: string | undefined): Promise<EntryRow> {
    if (!isMember(m.ctx) && !m.ctx.isListener) throw new DomainError('FORBIDDEN', 'Join the event to vote to skip its tracks.');
    const deck = await this.queue.onDeck(m.tx, m.ctx.event.id);
    if (!deck) throw new DomainError('CONFLICT', 'Nothing is playing.', { reason: 'nothing_playing' });
    if (entryId !== undefined && entryId !== deck.id) {
      throw new DomainError('CONFLICT', 'That track is not playing any more.', { reason: 'track_changed', entryId: deck.id });
    }
    return deck;
  }
}
