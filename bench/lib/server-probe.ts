import { constants, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/**
 * Preloaded into a benchmark's server (`node --require …/server-probe.js`): answers "sample" over the IPC
 * channel with memory, the event loop's delay and the garbage collector's pauses since the previous sample, and
 * open handles. The server's own code knows nothing of it; it costs one 10 ms timer and one observer.
 * Only `processes.ts` names this file (`SERVER_PROBE`): importing it anywhere else would run it there.
 */

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

let gc = { pauseMs: 0, maxMs: 0, major: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.pauseMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
  }
}).observe({ entryTypes: ['gc'] });

export interface ProbeSample {
  rss: number;
  heapUsed: number;
  external: number;
  eventLoopP99Ms: number;
  /** The longest the event loop was blocked since the previous sample (10 ms resolution). */
  eventLoopMaxMs: number;
  /** The garbage collector's pauses of the main thread since the previous sample: their sum, the longest, how many were major. */
  gcPauseMs: number;
  gcMaxMs: number;
  gcMajor: number;
  handles: Record<string, number>;
}

process.on('message', (message) => {
  if (message !== 'sample' || !process.send) return;
  const memory = process.memoryUsage();
  const handles: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) handles[kind] = (handles[kind] ?? 0) + 1;
  const sample: ProbeSample = {
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    external: memory.external,
    eventLoopP99Ms: delay.percentile(99) / 1e6,
    eventLoopMaxMs: delay.max / 1e6,
    gcPauseMs: gc.pauseMs,
    gcMaxMs: gc.maxMs,
    gcMajor: gc.major,
    handles,
  };
  delay.reset();
  gc = { pauseMs: 0, maxMs: 0, major: 0 };
  process.send(sample);
});
process.channel?.unref();
