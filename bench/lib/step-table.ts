import { markdownTable } from './results';
import type { StepResult } from './vote-load';

export const stepTable = (steps: StepResult[]): string =>
  markdownTable(
    ['votes/s', 'sent', '2xx', 'failed', 'req p99 ms', 'bcast p50 ms', 'bcast p99 ms', 'bcast max ms', 'delivered %', 'server CPU %', 'server CPU ms/vote', 'RSS MB', 'server loop max ms', 'GC pauses ms (longest, major)', 'gen lag p99 ms', 'gen CPU %', 'pass'],
    steps.map((s) => [s.rate, s.sent, s.ok, s.failed + s.skipped, s.request.p99, s.broadcast.p50, s.broadcast.p99, s.broadcast.max, s.deliveredPct, s.serverCpuPct, s.serverCpuMsPerVote, s.rssMb, s.server?.loopMaxMs ?? '—', s.server ? `${s.server.gcPauseMs} (${s.server.gcMaxMs}, ${s.server.gcMajor})` : '—', s.sendLag.p99, s.generatorCpuPct, (s.passed ? 'yes' : 'no') + (s.generatorBound ? ' (generator-bound)' : '')]),
  );
