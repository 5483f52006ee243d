import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './bootstrap';
import { loadConfig, loadDotEnv, type AppConfig } from './config';
import { readyLine, startupFailureMessage } from './startup-messages';

let config: AppConfig | null = null;

async function main(): Promise<void> {
  loadDotEnv();
  config = loadConfig();
  const app = await createApp(config);
  try {
    await app.listen(config.http.port, config.http.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  new Logger('Server').log(readyLine(config, port));
  stopOnSignals(app, config.http.shutdownTimeoutMs);
}

/** SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, close the database, exit. */
function stopOnSignals(app: NestExpressApplication, timeoutMs: number): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: draining connections (at most ${timeoutMs} ms)`);
    setTimeout(() => {
      logger.error(`Still busy after ${timeoutMs} ms (SHUTDOWN_TIMEOUT_MS): exiting anyway`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => {
        logger.log('Stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(startupFailureMessage(error, config));
  process.exit(1);
});
