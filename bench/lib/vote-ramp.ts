import { BenchApi } from './api-client';
import { listen, listenMany, type Listener } from './listeners';
import { prepareVoting, type Target } from './targets';
import { VoteLoad, type StepResult } from './vote-load';

export interface RampOptions {
  rooms: number;
  listenersPerRoom: number;
  rates: number[];
  stepMs: number;
  maxP99: number;
  raw: boolean;
  /** Where listeners connect; the voting instance by default (another instance measures cross-instance delivery). */
  listenerOrigin?: string;
}

export interface RampResult {
  steps: StepResult[];
  knee: number;
  scoresExact: boolean | null;
}

const SOCKETS_PER_ACCOUNT = 5;

/** Rooms and listeners are set up, a warm-up step runs, then the rates rise until one step fails. */
export async function rampVotes(target: Target, o: RampOptions): Promise<RampResult> {
  const setup = await prepareVoting(target, o.rooms, 20, Math.ceil((o.rooms * o.listenersPerRoom) / SOCKETS_PER_ACCOUNT));
  const load = new VoteLoad(target, setup, o.listenersPerRoom);
  const origin = o.listenerOrigin ?? target.server.url;
  const listeners: Listener[] = await listenMany(o.rooms * o.listenersPerRoom, (i) => {
    const room = Math.floor(i / o.listenersPerRoom);
    const token = setup.listenerTokens[Math.floor(i / SOCKETS_PER_ACCOUNT)];
    return listen(origin, token, `event:${setup.rooms[room].eventId}`, o.raw, (event) => load.onFrame(room, i % o.listenersPerRoom, event));
  });
  try {
    // Connections opened before anything is measured: none of them is set up on a measured vote's path.
    await load.client.preconnect();
    await load.step(o.rates[0], Math.min(o.stepMs, 3_000), o.maxP99);
    const steps: StepResult[] = [];
    for (const rate of o.rates) {
      const step = await load.step(rate, o.stepMs, o.maxP99);
      steps.push(step);
      console.log(`${target.label} @ ${rate}/s: p99 ${step.broadcast.p99} ms, delivered ${step.deliveredPct} %, ok ${step.ok}/${step.sent}, cpu ${step.serverCpuPct} % (${step.serverCpuMsPerVote} ms per vote)`);
      if (!step.passed) break;
    }
    const scoresExact =
      target.kind === 'baseline' ? null : await checkScores(target.server.url, setup.rooms.map((r) => r.eventId), load.expectedScores(), setup.voterTokens[0]);
    return { steps, knee: Math.max(0, ...steps.filter((s) => s.passed).map((s) => s.rate)), scoresExact };
  } finally {
    load.client.close();
    for (const l of listeners) l.close();
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
