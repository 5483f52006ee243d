import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';
import { extractTar } from './tar';

/**
 * A new embedded database, already migrated and seeded: PGlite's tarball of its data directory, written beside
 * the compiled server by `npm run build:server` (scripts/embedded-template.ts). Uncompressed: gunzipping its
 * 42 MB would cost a first boot 0.3-0.5 s. Not there when running from the TypeScript sources.
 */
export const EMBEDDED_TEMPLATE = join(__dirname, '../../../embedded-template.tar');

export interface EmbeddedOptions {
  storage: 'disk' | 'memory';
  dir: string;
  /** A data-directory dump (`PGlite.dumpDataDir`) to start from instead of an empty cluster. */
  snapshot?: Blob;
  /** On disk, what a new data directory starts from (default EMBEDDED_TEMPLATE); without one, PostgreSQL's initdb. */
  template?: string;
}

/**
 * PostgreSQL's defaults size its caches for a server of its own; the embedded database shares one process (and
 * a small instance's 512 MB) with the app, and holds a small working set. These keep its memory down.
 */
export const EMBEDDED_SETTINGS = ['shared_buffers=16MB', 'temp_buffers=2MB', 'work_mem=2MB', 'maintenance_work_mem=16MB', 'wal_buffers=1MB'];

/**
 * PGlite served over the PostgreSQL wire protocol on a loopback port, so the app uses the same `pg` driver
 * as in production. PGlite is one session: the server accepts one connection and the pool that talks to it
 * holds one, so transactions run one after another instead of interleaving on the shared session.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly unlock: () => void,
    readonly url: string,
  ) {}

  /** The pool size that keeps transactions isolated on PGlite. */
  static readonly POOL_SIZE = 1;

  static async start(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
    const unlock = options.storage === 'disk' ? lockDataDir(options.dir) : () => undefined;
    try {
      if (options.storage === 'disk') startFromTemplate(options.dir, options.template ?? EMBEDDED_TEMPLATE);
      const db = await PGlite.create({
        dataDir: options.storage === 'disk' ? options.dir : undefined,
        loadDataDir: options.snapshot,
        startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS.flatMap((setting) => ['-c', setting])],
      });
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
      await server.start();
      return new EmbeddedPostgres(db, server, unlock, `postgres://postgres@${server.getServerConn()}/postgres`);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /** The whole data directory as a tarball: what `snapshot` or `template` starts another instance from. */
  dumpDataDir(compression: 'none' | 'gzip' = 'none'): Promise<Blob> {
    return this.db.dumpDataDir(compression);
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      this.unlock();
    }
  }
}

/**
 * A new data directory is filled from the template with plain file writes, so PGlite opens an existing database:
 * no initdb (about 10 s of CPU and 1 GB of memory at its peak), no migration to run, the catalogue in place.
 * Cheaper than PGlite's own `loadDataDir`, which writes each file through its WebAssembly file system (measured
 * 1.4 s more CPU and 75 MB more resident memory). PG_VERSION, by which PGlite recognises a database, comes last.
 */
function startFromTemplate(dir: string, template: string): void {
  if (existsSync(join(dir, 'PG_VERSION')) || !existsSync(template)) return;
  extractTar(readFileSync(template), dir, 'PG_VERSION');
}
