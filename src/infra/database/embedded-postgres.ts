import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedOptions {
  storage: 'disk' | 'memory';
  dir: string;
  /** A data-directory dump (`PGlite.dumpDataDir`) to start from instead of an empty cluster. */
  snapshot?: Blob;
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

  /** The whole data directory as an uncompressed tarball: what `snapshot` starts another instance from. */
  dumpDataDir(): Promise<Blob> {
    return this.db.dumpDataDir('none');
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
