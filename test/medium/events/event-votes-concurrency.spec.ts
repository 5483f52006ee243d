import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntryDto } from '../../../src/modules/events/dto/queue-entry.dto';
import { databaseKind } from '../../support/test-database';
import { bootEvents, type EventsHarness } from '../../support/events-harness';

const isVersionIncreasing = (versions: number[]) => versions.every((v, i) => i === 0 || v === versions[i - 1] + 1);

describe(`votes under concurrency (${databaseKind()})`, () => {
  let h: EventsHarness;
  beforeAll(async () => {
    // The token bucket is tested on its own; here one user fires many votes at once.
    h = await bootEvents({ env: { EVENT_VOTE_BURST: '1000', EVENT_VOTES_PER_MINUTE: '6000' } });
  });
  afterAll(() => h.close());

  it('counts 50 concurrent voters exactly, and 50 concurrent repeats change nothing', async () => {
    const owner = await h.user('owner');
    const voters = await h.users('voter', 50);
    const event = await h.event(owner);
    const entry = await h.propose(owner, event.id, 0);
    const recording = h.record(event.id);

    const first = await Promise.all(voters.map((v) => h.queue.vote(v, event.id, entry.id, null)));
    expect(first.every((r) => r.votedByMe)).toBe(true);
    expect(new Set(first.map((r) => r.score))).toEqual(new Set(Array.from({ length: 50 }, (_, i) => i + 1)));
    expect(await h.scoreOf(entry.id)).toEqual({ score: 50, votes: 50 });
    const versionAfterVotes = await h.versionOf(event.id);

    const repeats = await Promise.all(voters.map((v) => h.queue.vote(v, event.id, entry.id, null)));
    expect(repeats.every((r) => r.score === 50 && r.votedByMe)).toBe(true);
    expect(await h.scoreOf(entry.id)).toEqual({ score: 50, votes: 50 });
    expect(await h.versionOf(event.id)).toBe(versionAfterVotes);

    const seen = await recording.stop();
    expect(seen.map((e) => e.name)).toEqual(Array(50).fill('queue.vote_changed'));
    expect(isVersionIncreasing(seen.map((e) => e.payload.version))).toBe(true);
    expect(seen.at(-1)?.payload).toMatchObject({ entryId: entry.id, score: 50, version: versionAfterVotes });
    const queue = (await h.events.get(voters[0], event.id, null)).queue;
    expect(queue[0]).toMatchObject({ id: entry.id, score: 50, votedByMe: true });
    expect((await h.events.get(owner, event.id, null)).queue[0].votedByMe).toBe(false);
  });

  it('never lets interleaved votes and unvotes of one user go negative or count twice', async () => {
    const owner = await h.user('owner');
    const event = await h.event(owner);
    const entry = await h.propose(owner, event.id, 0);
    const user = await h.user('flipper');
    const ops = Array.from({ length: 30 }, (_, i) =>
      i % 2 === 0 ? h.queue.vote(user, event.id, entry.id, null) : h.queue.unvote(user, event.id, entry.id),
    );
    const results = await Promise.all(ops);
    expect(results.every((r) => r.score === 0 || r.score === 1)).toBe(true);
    const after = await h.scoreOf(entry.id);
    expect(after.score).toBe(after.votes);
    expect([0, 1]).toContain(after.score);
  });

  it('keeps score equal to the votes for any interleaving of voters (property)', async () => {
    const owner = await h.user('owner');
    const users = await h.users('prop', 4);
    const op = fc.record({ entry: fc.integer({ min: 0, max: 1 }), vote: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { maxLength: 6 }), { minLength: 4, maxLength: 4 }), async (plans) => {
        const event = await h.event(owner);
        const entries = [await h.propose(owner, event.id, 0), await h.propose(owner, event.id, 1)];
        // Each user plays its own plan in order; the users run at the same time.
        await Promise.all(
          plans.map(async (plan, u) => {
            for (const step of plan) {
              const entryId = entries[step.entry].id;
              await (step.vote ? h.queue.vote(users[u], event.id, entryId, null) : h.queue.unvote(users[u], event.id, entryId));
            }
          }),
        );
        for (const [i, entry] of entries.entries()) {
          const expected = plans.filter((plan) => plan.filter((s) => s.entry === i).at(-1)?.vote === true).length;
          expect(await h.scoreOf(entry.id)).toEqual({ score: expected, votes: expected });
        }
      }),
      { numRuns: 8 },
    );
  });

  it('lets voters vote on several entries in different orders without deadlock', async () => {
    const owner = await h.user('owner');
    const voters = await h.users('cross', 20);
    const event = await h.event(owner, { maxProposalsPerUser: 5 });
    const entries: QueueEntryDto[] = [];
    for (let i = 0; i < 5; i++) entries.push(await h.propose(owner, event.id, i));
    const votes = voters.flatMap((voter, v) => {
      const order = v % 2 === 0 ? entries : [...entries].reverse();
      const rotated = [...order.slice(v % 5), ...order.slice(0, v % 5)];
      return rotated.map((entry) => h.queue.vote(voter, event.id, entry.id, null));
    });
    await Promise.all(votes);
    for (const entry of entries) expect(await h.scoreOf(entry.id)).toEqual({ score: 20, votes: 20 });
    const unvotes = voters.flatMap((voter, v) =>
      (v % 2 === 0 ? [...entries].reverse() : entries).map((entry) => h.queue.unvote(voter, event.id, entry.id)),
    );
    await Promise.all(unvotes);
    for (const entry of entries) expect(await h.scoreOf(entry.id)).toEqual({ score: 0, votes: 0 });
  });

  it('counts concurrent votes on several events exactly, each event publishing its versions in order', async () => {
    const owner = await h.user('owner');
    const voters = await h.users('crowd', 15);
    const events = [await h.event(owner), await h.event(owner), await h.event(owner)];
    const entries = await Promise.all(events.map((e) => h.propose(owner, e.id, 0)));
    const recordings = events.map((e) => h.record(e.id));
    await Promise.all(voters.flatMap((v) => events.map((e, i) => h.queue.vote(v, e.id, entries[i].id, null))));
    for (const [i, entry] of entries.entries()) {
      expect(await h.scoreOf(entry.id)).toEqual({ score: 15, votes: 15 });
      const seen = await recordings[i].stop();
      expect(seen).toHaveLength(15);
      expect(isVersionIncreasing(seen.map((e) => e.payload.version))).toBe(true);
      expect(seen.at(-1)?.payload).toMatchObject({ entryId: entry.id, score: 15, version: await h.versionOf(events[i].id) });
    }
  });

  it('accepts one of two simultaneous proposals of the same track and refuses the other with 409', async () => {
    const owner = await h.user('owner');
    const [a, b] = await h.users('racer', 2);
    const event = await h.event(owner);
    const outcomes = await Promise.allSettled([h.propose(a, event.id, 3), h.propose(b, event.id, 3)]);
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = (accepted[0] as PromiseFulfilledResult<{ id: string }>).value;
    expect(refused[0].reason).toMatchObject({ code: 'CONFLICT', details: { reason: 'already_queued', entryId: winner.id } });
    const queue = (await h.events.get(owner, event.id, null)).queue;
    expect(queue.map((e) => e.id)).toEqual([winner.id]);
  });

  it('orders the queue by score, then by proposal time', async () => {
    const owner = await h.user('owner');
    const [x, y] = await h.users('fan', 2);
    const event = await h.event(owner, { maxProposalsPerUser: 5 });
    const first = await h.propose(owner, event.id, 0);
    const second = await h.propose(owner, event.id, 1);
    const third = await h.propose(owner, event.id, 2);
    await h.queue.vote(x, event.id, third.id, null);
    await h.queue.vote(y, event.id, third.id, null);
    await h.queue.vote(x, event.id, second.id, null);
    const queue = (await h.events.get(x, event.id, null)).queue;
    expect(queue.map((e) => [e.id, e.score, e.votedByMe])).toEqual([
      [third.id, 2, true],
      [second.id, 1, true],
      [first.id, 0, false],
    ]);
  });
});
