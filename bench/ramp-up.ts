import 'reflect-metadata';
import { BenchApi, type Session } from './lib/api-client';
import { Args } from './lib/args';
import { Latencies, round } from './lib/histogram';
import { listen, type Listener } from './lib/listeners';
import { machineInfo } from './lib/machine';
import { pinSelfToGeneratorCore } from './lib/processes';
import { markdownTable, writeResults } from './lib/results';
import { prepareVoting, startTarget, type Target, type TargetKind } from './lib/targets';

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

type Action = 'search' | 'propose' | 'vote' | 'read event' | 'edit playlist';
const MIX: [Action, number][] = [['vote', 45], ['read event', 20], ['search', 15], ['edit playlist', 12], ['propose', 8]];
const QUERIES = ['monkeys', 'duck', 'forecast', 'jazz', 'piano', 'a', 'kevin', 'snitch'];

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

class Mix {
  latencies = new Latencies();
  signIns = new Latencies();
  errors = 0;
  refusals = 0;
  stopped = false;

  constructor(
    readonly api: BenchApi,
    readonly eventIds: string[],
    readonly entryIds: Map<string, string[]>,
    readonly playlistIds: string[],
  ) {}

  reset(): void {
    this.latencies = new Latencies();
    this.signIns = new Latencies();
    this.errors = 0;
    this.refusals = 0;
  }

  async timed(method: string, path: string, token: string, body?: unknown): Promise<unknown> {
    const started = performance.now();
    try {
      const res = await this.api.call(method, path, token, body);
      (path === '/api/auth/login' ? this.signIns : this.latencies).recordMs(performance.now() - started);
      // A refusal the product means (a duplicate proposal, the proposal cap) is an answer, not an error.
      if (res.status >= 500) this.errors++;
      else if (res.status >= 400) this.refusals++;
      return res.body;
    } catch {
      this.errors++;
      return undefined;
    }
  }
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];
const pickAction = (): Action => {
  let roll = Math.random() * 100;
  for (const [action, weight] of MIX) if ((roll -= weight) < 0) return action;
  return 'vote';
};
const think = () => new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * thinkMs));

/** Arrives at a random moment in the first half of the stage, so sign-ins are spread like real arrivals. */
async function virtualUser(mix: Mix, target: Target, email: string, password: string): Promise<Listener | undefined> {
  await new Promise((r) => setTimeout(r, Math.random() * (stageMs / 2)));
  const session = (await mix.timed('POST', '/api/auth/login', '', { email, password })) as Session | undefined;
  if (!session?.accessToken) return undefined;
  const token = session.accessToken;
  const eventId = pick(mix.eventIds);
  await mix.timed('POST', `/api/events/${eventId}/join`, token);
  const socket = await listen(target.server.url, token, `event:${eventId}`, true, () => {}).catch(() => {
    mix.errors++;
    return undefined;
  });
  void (async () => {
    const voted = new Set<string>();
    while (!mix.stopped) {
      await think();
      if (mix.stopped) break;
      await act(mix, pickAction(), token, eventId, voted);
    }
  })();
  return socket;
}

async function act(mix: Mix, action: Action, token: string, eventId: string, voted: Set<string>): Promise<void> {
  const entries = mix.entryIds.get(eventId) ?? [];
  switch (action) {
    case 'vote': {
      const entryId = pick(entries);
      await mix.timed(voted.has(entryId) ? 'DELETE' : 'PUT', `/api/events/${eventId}/tracks/${entryId}/vote`, token, {});
      if (voted.has(entryId)) voted.delete(entryId);
      else voted.add(entryId);
      return;
    }
    case 'read event':
      await mix.timed('GET', `/api/events/${eventId}`, token);
      return;
    case 'search':
      await mix.timed('GET', `/api/music/search?q=${pick(QUERIES)}&provider=bundled&limit=10`, token);
      return;
    case 'propose': {
      const found = (await mix.timed('GET', `/api/music/search?q=${pick(QUERIES)}&provider=bundled&limit=10`, token)) as { items?: { providerTrackId: string }[] } | undefined;
      const track = found?.items?.length ? pick(found.items) : undefined;
      if (track) await mix.timed('POST', `/api/events/${eventId}/tracks`, token, { provider: 'bundled', providerTrackId: track.providerTrackId });
      return;
    }
    case 'edit playlist': {
      const playlistId = pick(mix.playlistIds);
      const found = (await mix.timed('GET', `/api/music/search?q=${pick(QUERIES)}&provider=bundled&limit=10`, token)) as { items?: { providerTrackId: string }[] } | undefined;
      const track = found?.items?.length ? pick(found.items) : undefined;
      if (track) await mix.timed('POST', `/api/playlists/${playlistId}/tracks`, token, { provider: 'bundled', providerTrackId: track.providerTrackId, afterEntryId: null });
      return;
    }
  }
}

async function runTarget(kind: TargetKind): Promise<{ kind: TargetKind; label: string; stages: Stage[]; capacity: number }> {
  const target = await startTarget(kind, services, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });
  try {
    const setup = await prepareVoting(target, 10, 5, 1);
    const api = new BenchApi(target.server.url);
    const owner = setup.voterTokens[0];
    const playlistIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const playlist = await api.expectOk<{ id: string }>('POST', '/api/playlists', owner, { name: `Bench playlist ${i}`, visibility: 'public', editLicense: 'everyone' });
      playlistIds.push(playlist.id);
    }
    const mix = new Mix(api, setup.rooms.map((r) => r.eventId), new Map(setup.rooms.map((r) => [r.eventId, r.entryIds])), playlistIds);
    const accounts = await api.signUpManyCredentials('vu', maxUsers);
    const sockets: (Listener | undefined)[] = [];
    const stages: Stage[] = [];
    while (sockets.length < maxUsers) {
      const batch = accounts.slice(sockets.length, sockets.length + stageUsers);
      mix.reset();
      const arrivals = Promise.all(batch.map((a) => virtualUser(mix, target, a.email, a.password)));
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
