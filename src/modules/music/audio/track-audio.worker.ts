import { parentPort, workerData } from 'node:worker_threads';
import { encodeTrackFile } from './track-encoder';

/** Runs one generation off the main thread (see BundledAudio): the event loop keeps serving while it renders. */
export interface TrackJob {
  trackId: string;
  durationMs: number;
  path: string;
}

const job = workerData as TrackJob;
void encodeTrackFile(job.trackId, job.durationMs, job.path).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
