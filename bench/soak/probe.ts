import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into the server by the soak benchmark (`node --require …/probe.js`): answers "sample" over the IPC
 * channel with memory, event-loop delay and open handles. The server's own code knows nothing of it.
 */
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

export interface ProbeSample {
  rss: number;
  heapUsed: number;
  external: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
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
    handles,
  };
  delay.reset();
  process.send(sample);
});
process.channel?.unref();
