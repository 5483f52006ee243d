import { BenchApi, type Session } from '../../../bench/lib/api-client';

const TRACKS = ['kevin-macleod-monkeys-spinning-monkeys', 'kevin-macleod-sneaky-snitch', 'kevin-macleod-fluffing-a-duck', 'kevin-macleod-carefree'];

export interface VotingRoom {
  eventId: string;
  entryIds: string[];
  voters: Session[];
}

/** A public event with a few tracks (proposed by several voters: each may only have a few waiting). */
export async function votingRoom(api: BenchApi, voters: number): Promise<VotingRoom> {
  const sessions = await api.signUpMany('voter', voters);
  const event = await api.expectOk<{ id: string }>('POST', '/api/events', sessions[0].accessToken, { name: 'Faults party', visibility: 'public' });
  const entryIds: string[] = [];
  for (const [i, slug] of TRACKS.entries()) {
    const entry = await api.expectOk<{ id: string }>('POST', `/api/events/${event.id}/tracks`, sessions[i % sessions.length].accessToken, { provider: 'bundled', providerTrackId: slug });
    entryIds.push(entry.id);
  }
  for (const s of sessions) await api.expectOk('POST', `/api/events/${event.id}/join`, s.accessToken);
  return { eventId: event.id, entryIds, voters: sessions };
}

interface PairState {
  /** The state the last acknowledged request left. */
  voted: boolean;
  /** A request whose answer never came: its effect may or may not be stored. */
  uncertain: boolean;
}

/**
 * Votes and unvotes from every voter on every entry, one request at a time per (voter, entry), until stopped.
 * It remembers what was acknowledged, so a check after a crash or an outage can tell lost writes from
 * writes that were never confirmed.
 */
export class VoteBurst {
  readonly states = new Map<string, PairState>();
  acknowledged = 0;
  refused: { status: number; code?: string }[] = [];
  private running = true;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly origin: () => string,
    private readonly room: VotingRoom,
  ) {
    for (const voter of room.voters) for (const entryId of room.entryIds) this.states.set(`${voter.user.id}:${entryId}`, { voted: false, uncertain: false });
  }

  start(): this {
    for (const voter of this.room.voters) for (const entryId of this.room.entryIds) this.loops.push(this.loop(voter, entryId));
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(voter: Session, entryId: string): Promise<void> {
    const state = this.states.get(`${voter.user.id}:${entryId}`) ?? { voted: false, uncertain: false };
    while (this.running) {
      const method = state.voted ? 'DELETE' : 'PUT';
      try {
        const res = await fetch(`${this.origin()}/api/events/${this.room.eventId}/tracks/${entryId}/vote`, {
          method,
          headers: { authorization: `Bearer ${voter.accessToken}`, 'content-type': 'application/json' },
          body: '{}',
          signal: AbortSignal.timeout(5_000),
        });
        const body = (await res.json().catch(() => ({}))) as { code?: string };
        if (res.ok) {
          state.voted = method === 'PUT';
          state.uncertain = false;
          this.acknowledged++;
        } else {
          this.refused.push({ status: res.status, code: body.code });
          if (res.status >= 500) state.uncertain = true;
        }
      } catch {
        // No answer: the vote may have been committed just before the connection died.
        state.uncertain = true;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
}

/** Every acknowledged vote is stored, nothing unacknowledged is half-stored, and every score equals its votes. */
export async function checkVotes(api: BenchApi, room: VotingRoom, burst: VoteBurst): Promise<string[]> {
  const problems: string[] = [];
  const scores = new Map<string, number>();
  const counted = new Map<string, number>();
  for (const voter of room.voters) {
    const event = await api.expectOk<{ queue: { id: string; score: number; votedByMe: boolean }[] }>('GET', `/api/events/${room.eventId}`, voter.accessToken);
    for (const entry of event.queue) {
      scores.set(entry.id, entry.score);
      counted.set(entry.id, (counted.get(entry.id) ?? 0) + (entry.votedByMe ? 1 : 0));
      const state = burst.states.get(`${voter.user.id}:${entry.id}`);
      if (state && !state.uncertain && state.voted !== entry.votedByMe) {
        problems.push(`voter ${voter.user.id} on ${entry.id}: acknowledged ${state.voted ? 'vote' : 'unvote'} but stored ${entry.votedByMe}`);
      }
    }
  }
  for (const [entryId, score] of scores) if (score !== counted.get(entryId)) problems.push(`entry ${entryId}: score ${score} but ${counted.get(entryId)} votes`);
  return problems;
}
