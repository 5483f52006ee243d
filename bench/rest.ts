import 'reflect-metadata';
import autocannon from 'autocannon';
import { Args } from './lib/args';
import { round } from './lib/histogram';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, ratio, writeResults } from './lib/results';
import { prepareVoting, startTarget, type Target, type TargetKind } from './lib/targets';

/**
 * REST throughput and latency with autocannon: `GET /api/events/:id` and `PUT/DELETE …/vote` (alternating),
 * for the bare baseline and MusicRoom in one run.
 * Usage: npm run bench:rest -- [--connections 20] [--seconds 15] [--targets …] [--postgres URL --redis URL]
 */
const args = new Args();
const connections = args.number('connections', 20);
const seconds = args.number('seconds', 15);
const services = args.services();
const kinds = (args.string('targets') ?? (services.postgresUrl ? 'baseline,embedded,services' : 'baseline,embedded')).split(',') as TargetKind[];

interface Measured {
  route: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function measure(target: Target, route: string, requests: autocannon.Request[], token: string): Promise<Measured> {
  const result = await autocannon({
    url: target.server.url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-client-platform': 'bench' },
    requests,
  });
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function runTarget(kind: TargetKind): Promise<{ kind: TargetKind; label: string; results: Measured[] }> {
  const target = await startTarget(kind, services, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });
  try {
    const setup = await prepareVoting(target, 1, 4, 1);
    const [room] = setup.rooms;
    const token = setup.voterTokens[0];
    const votePath = `/api/events/${room.eventId}/tracks/${room.entryIds[0]}/vote`;
    const results = [
      await measure(target, 'GET /api/events/:id', [{ method: 'GET', path: `/api/events/${room.eventId}` }], token),
      await measure(target, 'PUT/DELETE …/vote', [{ method: 'PUT', path: votePath, body: '{}' }, { method: 'DELETE', path: votePath, body: '{}' }], token),
    ];
    for (const r of results) console.log(`${target.label} ${r.route}: ${r.requestsPerSecond} req/s, p99 ${r.p99} ms, non-2xx ${r.non2xx}`);
    return { kind, label: target.label, results };
  } finally {
    await target.stop();
  }
}

async function main() {
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const runs = [];
  for (const kind of kinds) runs.push(await runTarget(kind));
  const baseline = runs.find((r) => r.kind === 'baseline');
  const rows = runs.flatMap((run) =>
    run.results.map((r) => {
      const base = baseline?.results.find((b) => b.route === r.route);
      return [run.label, r.route, r.requestsPerSecond, run === baseline || !base ? '—' : ratio(r.requestsPerSecond, base.requestsPerSecond), r.p50, r.p99, r.non2xx, r.errors];
    }),
  );
  const intro = `autocannon, ${connections} connections for ${seconds} s per route (closed loop: this measures throughput; the vote bench measures latency open-loop). The baseline answers a canned event body of the same shape and a vote with a bare in-memory counter. ${pinning}.`;
  writeResults('rest', 'REST throughput', machine, `${intro}\n\n${markdownTable(['target', 'route', 'req/s', 'vs baseline', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'], rows)}`, runs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
