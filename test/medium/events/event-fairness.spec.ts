import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/common/errors/domain-error';
import { databaseKind } from '../../support/test-database';
import { bootEvents, type EventsHarness } from '../../support/events-harness';
import { expectError } from '../../support/expect-error';

describe(`fairness: proposal cap, vote rate limit, re-proposal cooldown (${databaseKind()})`, () => {
  let h: EventsHarness;
  beforeAll(async () => {
    h = await bootEvents({ env: { EVENT_VOTE_BURST: '4', EVENT_VOTES_PER_MINUTE: '30', EVENT_REPROPOSE_COOLDOWN_MINUTES: '30' } });
  });
  afterAll(() => h.close());

  it('caps the proposals one user has waiting, even when they arrive together', async () => {
    const owner = await h.user('owner');
    const greedy = await h.user('greedy');
    const event = await h.event(owner, { maxProposalsPerUser: 3 });
    const outcomes = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => h.propose(greedy, event.id, i)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused.map((o) => o.reason as DomainError).every((e) => e.code === 'CONFLICT')).toBe(true);
    expect(refused[0].reason).toMatchObject({ details: { reason: 'proposal_limit', limit: 3 } });
    const queue = (await h.events.get(owner, event.id, null)).queue;
    expect(queue.filter((e) => e.proposedBy?.id === greedy)).toHaveLength(3);
    // Others are not limited by someone else's proposals.
    await expect(h.propose(owner, event.id, 7)).resolves.toMatchObject({ proposedBy: { id: owner } });
  });

  it('frees a proposal slot once one of them starts playing or is removed', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner, { maxProposalsPerUser: 2 });
    const first = await h.propose(owner, event.id, 0);
    const second = await h.propose(owner, event.id, 1);
    await expectError(h.propose(owner, event.id, 2), 'CONFLICT', { reason: 'proposal_limit' });
    await h.playback.command(owner, event.id, { action: 'play' }, null);
    const third = await h.propose(owner, event.id, 2);
    await expectError(h.propose(owner, event.id, 3), 'CONFLICT', { reason: 'proposal_limit' });
    await h.queue.remove(owner, event.id, third.id);
    await expect(h.propose(owner, event.id, 3)).resolves.toBeTruthy();
    expect((await h.events.get(owner, event.id, null)).nowPlaying?.entryId).toBe(first.id);
    expect(second.id).not.toBe(first.id);
  });

  it('limits votes per user per event with a token bucket and says when to retry', async () => {
    const owner = await h.user('owner');
    const voter = await h.user('voter');
    const event = await h.event(owner);
    const other = await h.event(owner);
    const entry = await h.propose(owner, event.id, 0);
    const elsewhere = await h.propose(owner, other.id, 0);
    const clock = h.freezeClock(new Date());
    try {
      for (let i = 0; i < 4; i++) {
        await (i % 2 === 0 ? h.queue.vote(voter, event.id, entry.id, null) : h.queue.unvote(voter, event.id, entry.id));
      }
      const limited = h.queue.vote(voter, event.id, entry.id, null);
      await expect(limited).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 2 }, headers: { 'Retry-After': '2' } });
      expect(await h.scoreOf(entry.id)).toEqual({ score: 0, votes: 0 });
      // The bucket is per user and per event.
      await expect(h.queue.vote(owner, event.id, entry.id, null)).resolves.toMatchObject({ score: 1 });
      await expect(h.queue.vote(voter, other.id, elsewhere.id, null)).resolves.toMatchObject({ score: 1 });
      clock.advance(2_000);
      await expect(h.queue.vote(voter, event.id, entry.id, null)).resolves.toEqual({ score: 2, votedByMe: true });
      await expectError(h.queue.vote(voter, event.id, entry.id, null), 'RATE_LIMITED');
    } finally {
      clock.restore();
    }
  });

  it('refuses to queue again a track that played in the last minutes, with the reason', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner);
    const start = new Date();
    const clock = h.freezeClock(start);
    try {
      await h.propose(owner, event.id, 0);
      await h.playback.command(owner, event.id, { action: 'play' }, null);
      await expectError(h.propose(owner, event.id, 0), 'CONFLICT', { reason: 'already_queued' });
      clock.advance(60_000);
      await h.playback.command(owner, event.id, { action: 'next' }, null);
      clock.advance(10 * 60_000);
      await expectError(h.propose(owner, event.id, 0), 'CONFLICT', {
        reason: 'recently_played',
        cooldownMinutes: 30,
        playedAt: new Date(start.getTime() + 60_000).toISOString(),
        retryAfterSeconds: 20 * 60,
      });
      clock.advance(20 * 60_000);
      await expect(h.propose(owner, event.id, 0)).resolves.toMatchObject({ score: 0 });
    } finally {
      clock.restore();
    }
  });
});
