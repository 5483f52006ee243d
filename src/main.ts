import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigValidationError, loadConfig } from './config';
import { DataDirLockedError } from './infra/database';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.http.port, config.http.host);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 30, msg: `${signal} received, draining connections` }));
    setTimeout(() => process.exit(1), config.http.shutdownTimeoutMs).unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('MusicRoom failed to start:', error);
  }
  process.exit(1);
});
