/**
 * Resolves in a later task of the main thread, so that what follows does not lengthen the current one (the startup
 * is cut into short tasks: see main.tsx). `scheduler.yield()` where the browser has it, else a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
