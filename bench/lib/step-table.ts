import { markdownTable } from './results';
import type { StepResult } from './vote-load';

/** What the probe columns of `stepTable` mean, for the intro of every table that has them. */
export const PROBE_COLUMNS =
  "*server loop max* is the longest the server's event loop was blocked during the step (10 ms resolution), *GC pauses* the garbage collector's pauses of its main thread (sum, the longest, how many major), so a step that fails with the core not saturated shows whether the server stalled";

export const stepTable = (steps: StepResult[]): string =>
  markdownTable(
    ['votes/s', 'sent', '2xx', 'failed', 'req p99 ms', 'bcast p50 ms', 'bcast p99 ms', 'bcast max ms', 'delivered %', 'server CPU %', 'server CPU ms/vote', 'RSS MB', 'server loop max ms', 'GC pauses ms (longest, major)', 'gen lag p99 ms', 'gen CPU %', 'pass'],
    steps.map((s) => [s.rate, s.sent, s.ok, s.failed + s.skipped, s.request.p99, s.broadcast.p50, s.broadcast.p99, s.broadcast.max, s.deliveredPct, s.serverCpuPct, s.serverCpuMsPerVote, s.rssMb, s.server?.loopMaxMs ?? '—', s.server ? `${s.server.gcPauseMs} (${s.server.gcMaxMs}, ${s.server.gcMajor})` : '—', s.sendLag.p99, s.generatorCpuPct, (s.passed ? 'yes' : 'no') + (s.generatorBound ? ' (generator-bound)' : '')]),
  );
