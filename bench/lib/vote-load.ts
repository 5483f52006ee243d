import { Latencies, round, type LatencySummary } from './histogram';
import { runOpenLoop } from './open-loop';
import type { Target, VotingSetup } from './targets';
import { VoteClient } from './vote-client';

/** One voter's stake in one entry: voted or not, and whether a request about it is in flight. */
interface Pair {
  room: number;
  entryId: string;
  token: string;
  voted: boolean;
  busy: boolean;
}

export interface StepResult {
  rate: number;
  sent: number;
  ok: number;
  failed: number;
  skipped: number;
  request: LatencySummary;
  broadcast: LatencySummary;
  /** How late the generator sent votes (actual send − due time): the part of the latency that is the generator's. */
  sendLag: LatencySummary;
  deliveredPct: number;
  serverCpuPct: number;
  /** The server's CPU time (user + system) over the step, drain included, per vote sent. */
  serverCpuMsPerVote: number;
  generatorCpuPct: number;
  /** The generator's send lag p99 exceeded a tenth of the p99 limit: the step measures the generator too. */
  generatorBound: boolean;
  rssMb: number;
  /** From the server's probe, when it runs one: what stopped its event loop during the step (null without a probe). */
  server: { loopMaxMs: number; gcPauseMs: number; gcMaxMs: number; gcMajor: number } | null;
  passed: boolean;
}

/**
 * Drives paced votes (alternating PUT/DELETE per voter and entry, so every vote changes a score and is
 * broadcast) and matches each listener's k-th `queue.vote_changed` frame in a room to the k-th vote sent to
 * that room: latency is from the vote's due time to the frame's arrival.
 */
export class VoteLoad {
  private readonly pairs: Pair[][];
  private readonly cursor: number[];
  private dueTimes: number[][];
  private received: number[][];
  private broadcast = new Latencies();
  private request = new Latencies();
  private sendLag = new Latencies();
  readonly client: VoteClient;

  constructor(
    private readonly target: Target,
    private readonly setup: VotingSetup,
    private readonly listenersPerRoom: number,
  ) {
    this.pairs = setup.rooms.map((room, r) => setup.voterTokens.flatMap((token) => room.entryIds.map((entryId) => ({ room: r, entryId, token, voted: false, busy: false }))));
    this.cursor = setup.rooms.map(() => 0);
    this.client = new VoteClient(target.server.url);
    this.resetStats();
  }

  private resetStats(): void {
    this.dueTimes = this.setup.rooms.map(() => []);
    this.received = this.setup.rooms.map(() => new Array<number>(this.listenersPerRoom).fill(0));
    this.broadcast = new Latencies();
    this.request = new Latencies();
    this.sendLag = new Latencies();
  }

  /** Call from each listener of room `room` (index `listener`) for every frame. */
  onFrame(room: number, listener: number, event: string): void {
    if (event !== 'queue.vote_changed') return;
    const k = this.received[room][listener]++;
    const due = this.dueTimes[room][k];
    if (due !== undefined) this.broadcast.recordMs(performance.now() - due);
  }

  private freePair(room: number): Pair | undefined {
    const list = this.pairs[room];
    for (let tries = 0; tries < list.length; tries++) {
      const pair = list[this.cursor[room]++ % list.length];
      if (!pair.busy) return pair;
    }
    return undefined;
  }

  async step(rate: number, durationMs: number, maxP99Ms: number): Promise<StepResult> {
    this.resetStats();
    let ok = 0;
    let failed = 0;
    let skipped = 0;
    const inFlight: Promise<void>[] = [];
    const probe = this.target.server.sample;
    await probe?.();
    const cpuBefore = this.target.server.cpuSeconds();
    const generatorCpuBefore = process.cpuUsage();
    const started = performance.now();
    const sent = await runOpenLoop(rate, durationMs, (dueAt, index) => {
      const room = index % this.setup.rooms.length;
      const pair = this.freePair(room);
      if (!pair) {
        skipped++;
        return;
      }
      pair.busy = true;
      this.dueTimes[room].push(dueAt);
      const { eventId } = this.setup.rooms[room];
      const method = pair.voted ? 'DELETE' : 'PUT';
      this.sendLag.recordMs(performance.now() - dueAt);
      const call = this.client
        .send(method, `/api/events/${eventId}/tracks/${pair.entryId}/vote`, { authorization: `Bearer ${pair.token}`, 'content-type': 'application/json', 'x-client-platform': 'bench' }, '{}')
        .then(
          (status) => {
            this.request.recordMs(performance.now() - dueAt);
            if (status >= 200 && status < 300) {
              ok++;
              pair.voted = method === 'PUT';
            } else failed++;
            pair.busy = false;
          },
          () => {
            failed++;
            pair.busy = false;
          },
        );
      inFlight.push(call);
    });
    await Promise.all(inFlight);
    const expected = this.dueTimes.reduce((n, list) => n + list.length, 0) * this.listenersPerRoom;
    await this.drain(expected, 5_000);
    const elapsed = (performance.now() - started) / 1000;
    const cpuSeconds = this.target.server.cpuSeconds() - cpuBefore;
    const cpu = (cpuSeconds / elapsed) * 100;
    const generatorCpu = process.cpuUsage(generatorCpuBefore);
    const sendLag = this.sendLag.summary();
    const receivedTotal = this.received.flat().reduce((a, b) => a + b, 0);
    const deliveredPct = expected === 0 ? 100 : round((Math.min(receivedTotal, expected) / expected) * 100, 2);
    const broadcast = this.broadcast.summary();
    const seen = await probe?.();
    return {
      rate,
      sent,
      ok,
      failed,
      skipped,
      request: this.request.summary(),
      broadcast,
      sendLag,
      deliveredPct,
      serverCpuPct: round(cpu, 0),
      serverCpuMsPerVote: sent === 0 ? 0 : round((cpuSeconds * 1000) / sent, 2),
      generatorCpuPct: round(((generatorCpu.user + generatorCpu.system) / 1e6 / elapsed) * 100, 0),
      generatorBound: sendLag.p99 > maxP99Ms / 10,
      rssMb: Math.round(this.target.server.rssBytes() / 2 ** 20),
      server: seen ? { loopMaxMs: round(seen.eventLoopMaxMs, 0), gcPauseMs: round(seen.gcPauseMs, 0), gcMaxMs: round(seen.gcMaxMs, 1), gcMajor: seen.gcMajor } : null,
      passed: failed === 0 && skipped === 0 && deliveredPct === 100 && broadcast.p99 <= maxP99Ms,
    };
  }

  private async drain(expected: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline && this.received.flat().reduce((a, b) => a + b, 0) < expected) {
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** The score each entry must have: the number of voters whose last acknowledged vote was a PUT. */
  expectedScores(): Map<string, number> {
    const scores = new Map<string, number>();
    for (const pair of this.pairs.flat()) scores.set(pair.entryId, (scores.get(pair.entryId) ?? 0) + (pair.voted ? 1 : 0));
    return scores;
  }
}
