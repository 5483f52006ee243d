import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { createMp3Encoder } from 'wasm-media-encoders';
import { renderTrack, TRACK_SAMPLE_RATE } from './track-synth';

/**
 * MPEG-2 Layer III, 22.05 kHz mono, constant 48 kbps (LAME, through wasm-media-encoders): every frame has the same
 * length, so browsers and AVPlayer compute the duration from the size and seek by byte range. 6 kB per second:
 * 2.8 MB for the longest bundled track (7:39).
 */
export const TRACK_KBPS = 48;
export const TRACK_CONTENT_TYPE = 'audio/mpeg';

export interface EncodedTrack {
  bytes: number;
  /** CPU time the rendering and encoding took, in milliseconds. */
  cpuMs: number;
  /** The thread that did the work (not 0, the main thread, when run by the worker). */
  threadId: number;
}

/**
 * Renders a track and encodes it to `path`, a bar at a time: it is written to a temporary file next to `path`
 * and renamed into place once complete, so a reader never sees half a file and two writers cannot mix.
 */
export async function encodeTrackFile(trackId: string, durationMs: number, path: string): Promise<EncodedTrack> {
  const started = process.cpuUsage();
  const encoder = await createMp3Encoder();
  encoder.configure({ sampleRate: TRACK_SAMPLE_RATE, channels: 1, bitrate: TRACK_KBPS });
  const partial = `${path}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.part`;
  const file = await open(partial, 'w');
  let bytes = 0;
  try {
    const write = async (mp3: Uint8Array) => {
      // The encoder owns (and reuses) this memory: copy before the next call.
      if (mp3.length > 0) await file.write(Buffer.from(mp3));
      bytes += mp3.length;
    };
    for (const block of renderTrack(trackId, durationMs)) await write(encoder.encode([block]));
    await write(encoder.finalize());
    await file.close();
    await rename(partial, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  const cpu = process.cpuUsage(started);
  return { bytes, cpuMs: Math.round((cpu.user + cpu.system) / 1_000), threadId };
}
