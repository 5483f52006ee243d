import 'reflect-metadata';
import { BenchApi } from './lib/api-client';
import { Args } from './lib/args';
import { round } from './lib/histogram';
import type { Listener } from './lib/listeners';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, writeResults } from './lib/results';
import { prepareVoting, startTarget, type TargetKind } from './lib/targets';
import { crowdPlaces, MIX, UserMix } from './lib/user-mix';

/**
 * The ramp-up test the subject asks for: virtual users who sign in, listen on a socket and then, with think
 * time, search, propose, vote, read the event and edit a shared playlist. Users are added stage by stage
 * until p99 exceeds 200 ms or an error appears; the last good stage is the capacity.
 * Usage: npm run bench:ramp-up -- [--stage-users 25] [--stage-seconds 20] [--max-users 1000] [--think-ms 2000]
 *   [--targets embedded,services] [--postgres URL --redis URL]
 */
const args = new Args();
const stageUsers = args.number('stage-users', 25);
const stageMs = args.number('stage-seconds', 20) * 1000;
const maxUsers = args.number('max-users', 1000);
const thinkMs = args.number('think-ms', 2000);
const maxP99 = args.number('max-p99', 200);
const services = args.services();
const kinds = (args.string('targets') ?? (services.postgresUrl ? 'embedded,services' : 'embedded')).split(',') as TargetKind[];

interface Stage {
  users: number;
  requests: number;
  p50: number;
  p99: number;
  signInP99: number;
  errors: number;
  refusals: number;
  passed: boolean;
}

async function runTarget(kind: TargetKind): Promise<{ kind: TargetKind; label: string; stages: Stage[]; capacity: number }> {
  const target = await startTarget(kind, services, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });
  try {
    const setup = await prepareVoting(target, 10, 5, 1);
    const api = new BenchApi(target.server.url);
    const { playlistIds } = await crowdPlaces(api, setup.voterTokens[0]);
    const mix = new UserMix(api, target.server.url, setup.rooms.map((r) => r.eventId), new Map(setup.rooms.map((r) => [r.eventId, r.entryIds])), playlistIds, thinkMs);
    const accounts = await api.signUpManyCredentials('vu', maxUsers);
    const sockets: (Listener | undefined)[] = [];
    const stages: Stage[] = [];
    while (sockets.length < maxUsers) {
      const batch = accounts.slice(sockets.length, sockets.length + stageUsers);
      mix.reset();
      const arrivals = Promise.all(batch.map((a) => mix.user(a.email, a.password, stageMs / 2)));
      await new Promise((r) => setTimeout(r, stageMs));
      sockets.push(...(await arrivals));
      const summary = mix.latencies.summary();
      const stage: Stage = {
        users: sockets.length,
        requests: summary.count,
        p50: summary.p50,
        p99: summary.p99,
        signInP99: mix.signIns.percentileMs(99),
        errors: mix.errors,
        refusals: mix.refusals,
        passed: mix.errors === 0 && summary.p99 <= maxP99,
      };
      stages.push(stage);
      console.log(`${target.label}: ${stage.users} users, ${round(stage.requests / (stageMs / 1000), 0)} req/s, p99 ${stage.p99} ms, errors ${stage.errors}`);
      if (!stage.passed) break;
    }
    mix.stopped = true;
    for (const s of sockets) s?.close();
    const capacity = Math.max(0, ...stages.filter((s) => s.passed).map((s) => s.users));
    return { kind, label: target.label, stages, capacity };
  } finally {
    await target.stop();
  }
}

async function main() {
  const pinning = pinSelfToGeneratorCore();
  const machine = machineInfo();
  const runs = [];
  for (const kind of kinds) runs.push(await runTarget(kind));
  const summary = markdownTable(['target', 'simultaneous users (p99 ≤ 200 ms, no error)'], runs.map((r) => [r.label, r.capacity]));
  const detail = runs
    .map(
      (r) =>
        `### ${r.label}\n\n` +
        markdownTable(
          ['users', 'req/s', 'p50 ms', 'p99 ms', 'sign-in p99 ms', 'errors', 'refusals (4xx)', 'pass'],
          r.stages.map((s) => [s.users, round(s.requests / (stageMs / 1000), 0), s.p50, s.p99, s.signInP99, s.errors, s.refusals, s.passed ? 'yes' : 'no']),
        ),
    )
    .join('\n\n');
  const mixText = MIX.map(([a, w]) => `${a} ${w} %`).join(', ');
  const intro = `Each virtual user signs in, joins one of 10 events and listens on a socket, then acts after an exponential think time (mean ${thinkMs} ms): ${mixText}. ${stageUsers} users are added every ${stageMs / 1000} s until p99 > ${maxP99} ms or a 5xx/network error; the p99 is over every action but sign-in (argon2 is slow on purpose; its p99 is shown apart). ${pinning}.`;
  writeResults('ramp-up', 'Ramp-up: simultaneous users', machine, `${intro}\n\n${summary}\n\n${detail}`, runs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
