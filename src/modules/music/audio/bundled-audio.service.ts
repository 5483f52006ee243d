import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { DomainError } from '../../../common/errors/domain-error';
import { Database } from '../../../infra/database';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { CatalogueSeeder } from '../catalogue/catalogue-seeder';
import type { TrackJob } from './track-audio.worker';
import { TRACK_CONTENT_TYPE, type EncodedTrack } from './track-encoder';
import { TRACK_SYNTH_VERSION } from './track-synth';

/** A generated track on disk, ready to be streamed. */
export interface AudioFile {
  path: string;
  size: number;
  contentType: string;
  etag: string;
}

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.mp3$/;
/** From the compiled worker in dist/, or from the TypeScript source through tsx when the tests run the sources. */
const WORKER = join(__dirname, `track-audio.worker${extname(__filename) === '.ts' ? '.ts' : '.js'}`);
const WORKER_EXEC_ARGV = WORKER.endsWith('.ts') ? ['--import', 'tsx'] : [];
/** Generations at once across the process; more wait their turn (each one keeps a core busy). */
const MAX_PARALLEL = 2;

/**
 * The bundled catalogue's audio: a full-length procedural track per catalogue entry, exactly as long as its
 * `durationMs`. Generated on first request in a worker thread (the event loop keeps serving), once per track
 * however many requests arrive together, written to AUDIO_CACHE_DIR and streamed from there: no track is ever
 * held in memory whole. The file name carries the synth version and the duration, so a new synth or an edited
 * duration makes a new file.
 */
@Injectable()
export class BundledAudio implements OnModuleDestroy {
  private readonly logger = new Logger(BundledAudio.name);
  private readonly generating = new Map<string, Promise<AudioFile>>();
  private readonly durations = new Map<string, number>();
  private readonly workers = new Set<Worker>();
  private readonly waiting: Array<() => void> = [];
  private running = 0;
  /** Completed generations since boot (the tests count them). */
  generations = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly catalogue: CatalogueRepository,
    private readonly seeder: CatalogueSeeder,
  ) {}

  /** Absolute, so native clients can play it as is. */
  urlFor(providerTrackId: string): string {
    return `${this.config.http.publicUrl}/api/music/audio/${providerTrackId}.mp3`;
  }

  /** The file for `<slug>.mp3`, generated first if needed; 404 for anything that is not a catalogue track. */
  async file(name: string): Promise<AudioFile> {
    const slug = FILE.exec(name)?.[1];
    const durationMs = slug ? await this.durationOf(slug) : null;
    if (!slug || durationMs === null) throw DomainError.notFound('Audio file');
    const path = join(this.config.music.audioCacheDir, `${slug}.v${TRACK_SYNTH_VERSION}.${durationMs}.mp3`);
    const etag = `"${createHash('sha1').update(`${TRACK_SYNTH_VERSION}:${slug}:${durationMs}`).digest('base64url')}"`;
    const existing = await sizeOf(path);
    if (existing !== null) return { path, size: existing, contentType: TRACK_CONTENT_TYPE, etag };
    let pending = this.generating.get(path);
    if (!pending) {
      pending = this.generate({ trackId: slug, durationMs, path }).then((size) => ({ path, size, contentType: TRACK_CONTENT_TYPE, etag }));
      this.generating.set(path, pending);
      void pending.finally(() => this.generating.delete(path)).catch(() => undefined);
    }
    return pending;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private async durationOf(slug: string): Promise<number | null> {
    const known = this.durations.get(slug);
    if (known !== undefined) return known;
    await this.seeder.ready();
    const row = await this.catalogue.findBySlug(this.db, slug);
    if (!row) return null;
    this.durations.set(slug, row.durationMs);
    return row.durationMs;
  }

  private async generate(job: TrackJob): Promise<number> {
    await this.slot();
    try {
      await mkdir(this.config.music.audioCacheDir, { recursive: true });
      const started = Date.now();
      const result = await this.inWorker(job);
      this.generations++;
      this.logger.log({ track: job.trackId, durationMs: job.durationMs, bytes: result.bytes, cpuMs: result.cpuMs, tookMs: Date.now() - started }, 'Generated bundled audio');
      return result.bytes;
    } catch (error) {
      this.logger.error({ err: error, track: job.trackId }, 'Could not generate bundled audio');
      throw new DomainError('SERVICE_UNAVAILABLE', 'The audio of this track could not be generated; try again.', { status: 'audio_generation_failed' }, { 'Retry-After': '5' });
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async slot(): Promise<void> {
    if (this.running >= MAX_PARALLEL) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
  }

  private inWorker(job: TrackJob): Promise<EncodedTrack> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: job, execArgv: WORKER_EXEC_ARGV });
      this.workers.add(worker);
      let settled = false;
      worker.once('message', (message: { ok: true; result: EncodedTrack } | { ok: false; message: string }) => {
        settled = true;
        if (message.ok) resolve(message.result);
        else reject(new Error(message.message));
      });
      worker.once('error', (error: Error) => {
        settled = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        this.workers.delete(worker);
        if (!settled) reject(new Error(`the audio worker exited with code ${code}`));
      });
    });
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
