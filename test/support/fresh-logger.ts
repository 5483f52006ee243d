import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const cjsDir = dirname(createRequire(__filename).resolve('nestjs-pino'));

/**
 * nestjs-pino builds one pino-http instance per process, on the first app's level and destination. Test files
 * share worker processes, so each test app forgets it before booting and logs where it was told to.
 */
export async function forgetProcessLogger(): Promise<void> {
  for (const dir of [cjsDir, join(cjsDir, '../esm')]) {
    const rootLogger = (await import(pathToFileURL(join(dir, 'rootLogger.js')).href)) as { resetRootLogger(): void };
    rootLogger.resetRootLogger();
  }
}
