/**
 * Open-loop arrivals: request i is due at start + i / rate whatever happened to earlier ones, and latency is
 * measured from that due time. A closed loop (send, wait, send) would hide queueing: a slow server would
 * simply receive fewer requests (coordinated omission).
 */
export async function runOpenLoop(ratePerSecond: number, durationMs: number, send: (dueAt: number, index: number) => void): Promise<number> {
  const total = Math.round((ratePerSecond * durationMs) / 1000);
  const intervalMs = 1000 / ratePerSecond;
  const start = performance.now() + 20;
  let index = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (index < total && start + index * intervalMs <= now) {
        send(start + index * intervalMs, index);
        index++;
      }
      if (index >= total) return resolve();
      setTimeout(tick, Math.max(0, start + index * intervalMs - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  return total;
}
