import 'reflect-metadata';
import { Args } from './lib/args';
import { listen, listenMany, type Listener } from './lib/listeners';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, ratio, writeResults } from './lib/results';
import { BenchApi } from './lib/api-client';
import { prepareVoting, startTarget, type TargetKind } from './lib/targets';
import { VoteLoad, type StepResult } from './lib/vote-load';

/**
 * Vote → broadcast ramp: R rooms × L listeners, open-loop votes at rising rates until the knee (the highest
 * rate with broadcast p99 ≤ 50 ms, 100 % delivered, every request 2xx), for the bare Socket.IO baseline and
 * MusicRoom in one run. Usage: npm run bench:votes -- [--rooms 10] [--listeners 10] [--rates 50,100,…]
 *   [--step-seconds 10] [--targets baseline,embedded,services] [--postgres URL --redis URL] [--raw]
 */
const args = new Args();
const rooms = args.number('rooms', 10);
const listenersPerRoom = args.number('listeners', 10);
const rates = args.numbers('rates', [50, 100, 200, 300, 500, 750, 1000, 1250, 1600]);
const stepMs = args.number('step-seconds', 10) * 1000;
const maxP99 = args.number('max-p99', 50);
const raw = args.flag('raw') || rooms * listenersPerRoom > 200;
const services = args.services();
const kinds = (args.string('targets') ?? (services.postgresUrl ? 'baseline,embedded,services' : 'baseline,embedded')).split(',') as TargetKind[];
const SOCKETS_PER_ACCOUNT = 5;

interface TargetRun {
  kind: TargetKind;
  label: string;
  steps: StepResult[];
  knee: number;
  scoresExact: boolean | null;
}

async function runTarget(kind: TargetKind): Promise<TargetRun> {
  const target = await startTarget(kind, services, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });
  try {
    const setup = await prepareVoting(target, rooms, 20, Math.ceil((rooms * listenersPerRoom) / SOCKETS_PER_ACCOUNT));
    const load = new VoteLoad(target, setup, listenersPerRoom);
    const listeners: Listener[] = await listenMany(rooms * listenersPerRoom, (i) => {
      const room = Math.floor(i / listenersPerRoom);
      const token = setup.listenerTokens[Math.floor(i / SOCKETS_PER_ACCOUNT)];
      return listen(target.server.url, token, `event:${setup.rooms[room].eventId}`, raw, (event) => load.onFrame(room, i % listenersPerRoom, event));
    });
    // Warm-up (JIT, connection pools, caches), not reported.
    await load.step(rates[0], Math.min(stepMs, 3_000), maxP99);
    const steps: StepResult[] = [];
    for (const rate of rates) {
      const step = await load.step(rate, stepMs, maxP99);
      steps.push(step);
      console.log(`${target.label} @ ${rate}/s: p99 ${step.broadcast.p99} ms, delivered ${step.deliveredPct} %, ok ${step.ok}/${step.sent}, cpu ${step.serverCpuPct} %`);
      if (!step.passed) break;
    }
    for (const l of listeners) l.close();
    const scoresExact = kind === 'baseline' ? null : await checkScores(target.server.url, setup.rooms.map((r) => r.eventId), load.expectedScores(), setup.voterTokens[0]);
    const knee = Math.max(0, ...steps.filter((s) => s.passed).map((s) => s.rate));
    return { kind, label: target.label, steps, knee, scoresExact };
  } finally {
    await target.stop();
  }
}

/** After the ramp, every score must equal the votes acknowledged. */
async function checkScores(origin: string, eventIds: string[], expected: Map<string, number>, token: string): Promise<boolean> {
  const api = new BenchApi(origin);
  for (const id of eventIds) {
    const event = await api.expectOk<{ queue: { id: string; score: number }[] }>('GET', `/api/events/${id}`, token);
    for (const entry of event.queue) if (entry.score !== (expected.get(entry.id) ?? 0)) return false;
  }
  return true;
}

async function main() {
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const runs: TargetRun[] = [];
  for (const kind of kinds) runs.push(await runTarget(kind));
  const baseline = runs.find((r) => r.kind === 'baseline');
  const p99At = (run: TargetRun, rate: number) => run.steps.find((s) => s.rate === rate)?.broadcast.p99;
  const summary = markdownTable(
    ['target', 'knee votes/s', 'vs baseline', 'p99 at 100/s ms', 'vs baseline', 'scores exact'],
    runs.map((r) => [
      r.label,
      r.knee,
      baseline && r !== baseline ? ratio(r.knee, baseline.knee) : '—',
      p99At(r, 100) ?? 'n/a',
      baseline && r !== baseline ? ratio(p99At(r, 100) ?? 0, p99At(baseline, 100) ?? 0) : '—',
      r.scoresExact === null ? '—' : r.scoresExact ? 'yes' : '**NO**',
    ]),
  );
  const detail = runs
    .map((r) =>
      `### ${r.label}\n\n` +
      markdownTable(
        ['votes/s', 'sent', '2xx', 'failed', 'req p99 ms', 'bcast p50 ms', 'bcast p99 ms', 'bcast max ms', 'delivered %', 'server CPU %', 'RSS MB', 'pass'],
        r.steps.map((s) => [s.rate, s.sent, s.ok, s.failed + s.skipped, s.request.p99, s.broadcast.p50, s.broadcast.p99, s.broadcast.max, s.deliveredPct, s.serverCpuPct, s.rssMb, s.passed ? 'yes' : 'no']),
      ),
    )
    .join('\n\n');
  const name = `votes-${rooms}x${listenersPerRoom}`;
  const intro = `${rooms} rooms × ${listenersPerRoom} listeners (${raw ? 'raw WebSocket' : 'socket.io-client'} listeners), open-loop votes alternating PUT/DELETE, ${stepMs / 1000} s per step; knee = highest rate with broadcast p99 ≤ ${maxP99} ms, 100 % delivered and every request 2xx. Per-user vote bucket and rate limits off. ${pinning}.`;
  writeResults(name, `Vote → broadcast, ${rooms} × ${listenersPerRoom}`, machine, `${intro}\n\n${summary}\n\n${detail}`, { rooms, listenersPerRoom, rates, stepMs, runs });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
