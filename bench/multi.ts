import 'reflect-metadata';
import { Args } from './lib/args';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, ratio, writeResults } from './lib/results';
import { PROBE_COLUMNS, stepTable } from './lib/step-table';
import { startTarget } from './lib/targets';
import { rampVotes, type RampResult } from './lib/vote-ramp';

/**
 * Two MusicRoom instances on one PostgreSQL and one Redis: votes go to instance A; listeners sit on A (local
 * delivery) or on B (every frame crosses Redis). The difference is the cost of cross-instance delivery.
 * Usage: npm run bench:multi -- --postgres URL --redis URL [--rooms 10] [--listeners 10] [--rates …]
 */
const args = new Args();
const services = args.services();
const rooms = args.number('rooms', 10);
const listenersPerRoom = args.number('listeners', 10);
const rates = args.numbers('rates', [50, 100, 200, 300, 500, 750, 1000, 1250]);
const stepMs = args.number('step-seconds', 10) * 1000;
const maxP99 = args.number('max-p99', 50);

async function main() {
  if (!services.postgresUrl || !services.redisUrl) throw new Error('bench:multi needs --postgres URL and --redis URL (or BENCH_POSTGRES_URL / BENCH_REDIS_URL)');
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const runs: { placement: string; result: RampResult }[] = [];
  for (const placement of ['same instance (local)', 'other instance (via Redis)']) {
    const target = await startTarget('services', services, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' }, { probe: true });
    try {
      const other = await target.addInstance();
      const listenerOrigin = placement.startsWith('same') ? target.server.url : other.url;
      runs.push({ placement, result: await rampVotes(target, { rooms, listenersPerRoom, rates, stepMs, maxP99, raw: true, listenerOrigin }) });
    } finally {
      await target.stop();
    }
  }
  const [local, remote] = runs;
  const p99At = (r: RampResult, rate: number) => r.steps.find((s) => s.rate === rate)?.broadcast.p99 ?? 0;
  const summary = markdownTable(
    ['listeners on', 'knee votes/s', 'p99 at 100/s ms', 'vs local', 'scores exact'],
    runs.map(({ placement, result }) => [
      placement,
      result.knee,
      p99At(result, 100),
      result === local.result ? '—' : ratio(p99At(result, 100), p99At(local.result, 100)),
      result.scoresExact ? 'yes' : '**NO**',
    ]),
  );
  const detail = runs.map(({ placement, result }) => `### Listeners on the ${placement}\n\n${stepTable(result.steps)}`).join('\n\n');
  const intro = `Two instances on one PostgreSQL and one Redis, ${rooms} rooms × ${listenersPerRoom} raw WebSocket listeners, votes to instance A. ${pinning}. Knee and remote p99 at ${remote ? 'each rate' : ''} show what crossing Redis costs. Instance A runs a preloaded probe: ${PROBE_COLUMNS} (instance A's, also when the listeners are on B).`;
  writeResults('multi-instance', 'Cross-instance delivery through Redis', machine, `${intro}\n\n${summary}\n\n${detail}`, runs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
