import 'reflect-metadata';
import { Args } from './lib/args';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, ratio, writeResults } from './lib/results';
import { startTarget, type TargetKind } from './lib/targets';
import { rampVotes, type RampResult } from './lib/vote-ramp';
import type { StepResult } from './lib/vote-load';
import { PROBE_COLUMNS, stepTable } from './lib/step-table';

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

type TargetRun = RampResult & { kind: TargetKind; label: string };

/** The issue's knee limit; `--max-p99` may ramp further (a loaded machine), and both knees are reported. */
const ISSUE_P99_MS = 50;

/** The highest rate of the steps that all pass with broadcast p99 ≤ `limit`, from the first step on. */
function kneeAt(steps: StepResult[], limit: number): number {
  let knee = 0;
  for (const s of steps) {
    if (s.failed > 0 || s.skipped > 0 || s.deliveredPct < 100 || s.broadcast.p99 > limit) break;
    knee = s.rate;
  }
  return knee;
}

async function runTarget(kind: TargetKind): Promise<TargetRun> {
  const target = await startTarget(kind, services, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' }, { probe: true });
  try {
    const result = await rampVotes(target, { rooms, listenersPerRoom, rates, stepMs, maxP99, raw });
    return { kind, label: target.label, ...result };
  } finally {
    await target.stop();
  }
}

async function main() {
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const runs: TargetRun[] = [];
  for (const kind of kinds) runs.push(await runTarget(kind));
  const baseline = runs.find((r) => r.kind === 'baseline');
  const p99At = (run: TargetRun, rate: number) => run.steps.find((s) => s.rate === rate)?.broadcast.p99;
  const strictKnee = (run: TargetRun) => kneeAt(run.steps, ISSUE_P99_MS);
  const summary = markdownTable(
    ['target', `knee (p99 ≤ ${ISSUE_P99_MS} ms) votes/s`, 'vs baseline', ...(maxP99 === ISSUE_P99_MS ? [] : [`knee (p99 ≤ ${maxP99} ms)`]), 'p99 at 100/s ms', 'vs baseline', 'scores exact'],
    runs.map((r) => [
      r.label,
      strictKnee(r),
      baseline && r !== baseline ? ratio(strictKnee(r), strictKnee(baseline)) : '—',
      ...(maxP99 === ISSUE_P99_MS ? [] : [r.knee]),
      p99At(r, 100) ?? 'n/a',
      baseline && r !== baseline ? ratio(p99At(r, 100) ?? 0, p99At(baseline, 100) ?? 0) : '—',
      r.scoresExact === null ? '—' : r.scoresExact ? 'yes' : '**NO**',
    ]),
  );
  const detail = runs.map((r) => `### ${r.label}\n\n${stepTable(r.steps)}`).join('\n\n');
  const intro = `${rooms} rooms × ${listenersPerRoom} listeners (${raw ? 'raw WebSocket' : 'socket.io-client'} listeners), open-loop votes alternating PUT/DELETE, ${stepMs / 1000} s per step after a warm-up; knee = highest rate with broadcast p99 ≤ ${maxP99} ms, 100 % delivered and every request 2xx. Per-user vote bucket and rate limits off. ${pinning}. Each server runs a preloaded probe: ${PROBE_COLUMNS}.`;
  writeResults(`votes-${rooms}x${listenersPerRoom}`, `Vote → broadcast, ${rooms} × ${listenersPerRoom}`, machine, `${intro}\n\n${summary}\n\n${detail}`, { rooms, listenersPerRoom, rates, stepMs, runs });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
