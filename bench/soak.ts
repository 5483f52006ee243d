import 'reflect-metadata';
import { BenchApi } from './lib/api-client';
import { Args } from './lib/args';
import { round } from './lib/histogram';
import type { Listener } from './lib/listeners';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, mb, writeResults } from './lib/results';
import { prepareVoting, startTarget, type TargetKind } from './lib/targets';
import { crowdPlaces, UserMix } from './lib/user-mix';
import type { ProbeSample } from './lib/server-probe';

/**
 * Soak: moderate mixed load (votes, reads, searches, proposals, playlist edits, sockets joining and leaving)
 * for an hour, sampling the server's RSS, heap, event-loop delay and open handles every minute. Passes when RSS
 * grows less than 10 % after warm-up and no kind of handle keeps growing. `--quick` runs 2 minutes as a smoke
 * test (fails only on errors or a crash). Usage: npm run soak -- [--quick] [--minutes 60] [--users 20] [--think-ms 2000]
 *   [--postgres URL --redis URL]
 */
const args = new Args();
const quick = args.flag('quick');
const minutes = args.number('minutes', quick ? 2 : 60);
const users = args.number('users', 20);
const thinkMs = args.number('think-ms', 2_000);
const sampleMs = args.number('sample-seconds', quick ? 15 : 60) * 1000;
const services = args.services();
const kind: TargetKind = services.postgresUrl ? 'services' : 'embedded';
const CHURN_EVERY_MS = 10_000;
const CHURN_SOCKETS = 5;

interface Row {
  minute: number;
  rssMb: number;
  heapMb: number;
  loopP99Ms: number;
  handles: number;
  handleKinds: Record<string, number>;
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

const totalHandles = (s: ProbeSample) => Object.values(s.handles).reduce((a, b) => a + b, 0);

async function main() {
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const target = await startTarget(kind, services, { LOG_LEVEL: 'warn' }, { probe: true });
  const rows: Row[] = [];
  try {
    const sample = target.server.sample;
    if (!sample) throw new Error('the server was started without its probe');
    const setup = await prepareVoting(target, 10, 5, 1);
    const api = new BenchApi(target.server.url);
    const { playlistIds } = await crowdPlaces(api, setup.voterTokens[0]);
    const mix = new UserMix(api, target.server.url, setup.rooms.map((r) => r.eventId), new Map(setup.rooms.map((r) => [r.eventId, r.entryIds])), playlistIds, thinkMs);
    // Sockets that join later sign in again with these accounts (a new session each time).
    const accounts = await api.signUpManyCredentials('soak', users + 4 * CHURN_SOCKETS);
    let nextAccount = 0;
    const join = () => {
      const a = accounts[nextAccount++ % accounts.length];
      return mix.user(a.email, a.password, 1_000);
    };
    const sockets: (Listener | undefined)[] = await Promise.all(Array.from({ length: users }, join));
    const churn = setInterval(() => {
      for (let i = 0; i < CHURN_SOCKETS; i++) sockets.splice(Math.floor(Math.random() * sockets.length), 1)[0]?.close();
      void Promise.all(Array.from({ length: CHURN_SOCKETS }, join)).then((joined) => sockets.push(...joined));
    }, CHURN_EVERY_MS);
    const started = Date.now();
    while (Date.now() - started < minutes * 60_000) {
      mix.reset();
      await new Promise((r) => setTimeout(r, sampleMs));
      const s = await sample();
      const latency = mix.latencies.summary();
      const row: Row = {
        minute: round((Date.now() - started) / 60_000, 1),
        rssMb: mb(s.rss),
        heapMb: mb(s.heapUsed),
        loopP99Ms: round(s.eventLoopP99Ms),
        handles: totalHandles(s),
        handleKinds: s.handles,
        requestsPerSecond: round(latency.count / (sampleMs / 1000), 0),
        p99: latency.p99,
        errors: mix.errors,
      };
      rows.push(row);
      console.log(`${row.minute} min: RSS ${row.rssMb} MB, heap ${row.heapMb} MB, loop p99 ${row.loopP99Ms} ms, handles ${row.handles}, ${row.requestsPerSecond} req/s, p99 ${row.p99} ms, errors ${row.errors}`);
    }
    clearInterval(churn);
    mix.stopped = true;
    for (const s of sockets) s?.close();
  } finally {
    await target.stop();
  }
  report(rows, machine, pinning);
}

function report(rows: Row[], machine: ReturnType<typeof machineInfo>, pinning: string): void {
  const warm = rows[Math.min(rows.length - 1, Math.max(1, Math.floor(rows.length / 5)))];
  const last = rows[rows.length - 1];
  const rssGrowth = round(((last.rssMb - warm.rssMb) / warm.rssMb) * 100, 1);
  const handleGrowth = last.handles - warm.handles;
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const targetsMet = rssGrowth < 10 && handleGrowth <= Math.max(5, warm.handles * 0.1) && errors === 0;
  const verdict = quick
    ? `Quick smoke run: ${errors === 0 ? 'no errors' : `**${errors} errors**`}; growth is only meaningful over the full hour.`
    : `RSS growth after warm-up (${warm.minute} min → ${last.minute} min): **${rssGrowth} %** (target < 10 %); open handles ${warm.handles} → ${last.handles}; errors ${errors}. ${targetsMet ? 'Targets met.' : '**Targets missed.**'}`;
  const table = markdownTable(
    ['minute', 'RSS MB', 'heap MB', 'event loop p99 ms', 'open handles', 'req/s', 'p99 ms', 'errors'],
    rows.map((r) => [r.minute, r.rssMb, r.heapMb, r.loopP99Ms, r.handles, r.requestsPerSecond, r.p99, r.errors]),
  );
  const intro = `${kind === 'services' ? 'PostgreSQL + Redis' : 'Embedded default (PGlite on disk)'}; ${users} virtual users acting every ${thinkMs / 1000} s on average (votes, reads, searches, proposals, playlist edits), ${CHURN_SOCKETS} sockets leaving and ${CHURN_SOCKETS} joining every ${CHURN_EVERY_MS / 1000} s; the server samples itself every ${sampleMs / 1000} s through a preloaded probe. ${pinning}.`;
  writeResults(quick ? 'soak-quick' : 'soak', 'Soak', machine, `${intro}\n\n${verdict}\n\n${table}`, { rows, rssGrowth, handleGrowth, errors });
  if (errors > 0 || (!quick && !targetsMet)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
