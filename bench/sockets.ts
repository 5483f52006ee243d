import 'reflect-metadata';
import { BenchApi } from './lib/api-client';
import { Args } from './lib/args';
import { listenMany, type Listener } from './lib/listeners';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { RawSocketListener } from './lib/raw-socket';
import { markdownTable, mb, ratio, writeResults } from './lib/results';
import { startTarget, type Target, type TargetKind } from './lib/targets';

/**
 * Memory per idle authenticated socket (1k, 5k, 10k sockets on one process), idle RSS and cold start, for the
 * bare Socket.IO baseline and MusicRoom in one run.
 * Usage: npm run bench:sockets -- [--counts 1000,5000,10000] [--targets …] [--postgres URL --redis URL]
 */
const args = new Args();
const counts = args.numbers('counts', [1000, 5000, 10_000]);
const services = args.services();
const kinds = (args.string('targets') ?? (services.postgresUrl ? 'baseline,embedded,services' : 'baseline,embedded')).split(',') as TargetKind[];
const SOCKETS_PER_ACCOUNT = args.number('sockets-per-account', 5);
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface SocketRun {
  kind: TargetKind;
  label: string;
  coldStartMs: number;
  idleRssMb: number;
  perSocket: { sockets: number; rssMb: number; kbPerSocket: number }[];
}

async function idleRss(target: Target): Promise<number> {
  await settle(5_000);
  return target.server.rssBytes();
}

async function tokens(target: Target, needed: number): Promise<string[]> {
  if (target.kind === 'baseline') return Array.from({ length: needed }, (_, i) => `anonymous-${i}`);
  const sessions = await new BenchApi(target.server.url).signUpMany('socket', needed);
  return sessions.map((s) => s.accessToken);
}

async function runTarget(kind: TargetKind): Promise<SocketRun> {
  const target = await startTarget(kind, services, { LOG_LEVEL: 'warn' });
  try {
    const coldStartMs = Math.round(target.server.startedInMs);
    const idle = await idleRss(target);
    const max = Math.max(...counts);
    const accountTokens = await tokens(target, Math.ceil(max / SOCKETS_PER_ACCOUNT));
    const before = await idleRss(target);
    const open: Listener[] = [];
    const perSocket: SocketRun['perSocket'] = [];
    for (const count of counts) {
      const more = await listenMany(count - open.length, (i) => RawSocketListener.connect(target.server.url, accountTokens[Math.floor((open.length + i) / SOCKETS_PER_ACCOUNT)], () => {}));
      open.push(...more);
      const rss = await idleRss(target);
      perSocket.push({ sockets: count, rssMb: mb(rss), kbPerSocket: Math.round((rss - before) / 1024 / count * 10) / 10 });
      console.log(`${target.label}: ${count} sockets, RSS ${mb(rss)} MB, ${perSocket[perSocket.length - 1].kbPerSocket} KB per socket`);
    }
    for (const l of open) l.close();
    return { kind, label: target.label, coldStartMs, idleRssMb: mb(idle), perSocket };
  } finally {
    await target.stop();
  }
}

async function main() {
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const runs: SocketRun[] = [];
  for (const kind of kinds) runs.push(await runTarget(kind));
  const baseline = runs.find((r) => r.kind === 'baseline');
  const kbAt = (run: SocketRun | undefined, n: number) => run?.perSocket.find((p) => p.sockets === n)?.kbPerSocket ?? 0;
  const table = markdownTable(
    ['target', 'cold start ms', 'idle RSS MB', ...counts.flatMap((n) => [`KB/socket @ ${n}`, 'vs baseline']), `RSS @ ${Math.max(...counts)} MB`],
    runs.map((r) => [
      r.label,
      r.coldStartMs,
      r.idleRssMb,
      ...counts.flatMap((n) => [kbAt(r, n), r === baseline ? '—' : ratio(kbAt(r, n), kbAt(baseline, n))]),
      r.perSocket.at(-1)?.rssMb ?? 0,
    ]),
  );
  const intro = `Raw WebSocket clients that connect (authenticated, for MusicRoom) and stay idle; RSS read from /proc 5 s after each step; per-socket cost = (RSS − RSS before the first socket) / sockets. Cold start = spawn to a healthy \`/api/health\` on a fresh data directory or database. ${pinning}.`;
  writeResults('sockets', 'Idle sockets, idle RSS and cold start', machine, `${intro}\n\n${table}`, runs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
