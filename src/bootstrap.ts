import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { answerMalformedRequests } from './common/http/client-errors';
import { rejectUnsafeInput } from './common/http/input-guard';
import { assignRequestId } from './common/http/request-id';
import { compressWebClient } from './common/http/web-client-assets';
import { FrameworkQuietLogger } from './common/logging/framework-quiet-logger';
import { SocketIoAdapter } from './infra/socket';
import type { AppConfig } from './config';
import { setupOpenApi } from './openapi';

/** The YouTube IFrame Player API's script and its embedded players. */
const YOUTUBE = 'https://www.youtube.com';

/** Builds the whole application exactly as production runs it; tests use it too, without listening. */
export async function createApp(config: AppConfig, options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    // Nest's boot logs wait for the app's logger; a failed boot drops them (main prints one line instead).
    bufferLogs: true,
    autoFlushLogs: false,
    rawBody: true,
    abortOnError: false,
  });
  app.useLogger(new FrameworkQuietLogger(app.get(Logger)));
  app.flushLogs();
  app.set('trust proxy', config.http.trustProxy);
  // First middleware: even errors raised by the body parsers carry the request id.
  app.use((req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void) => {
    req.id = assignRequestId(req, res);
    next();
  });
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  app.use(rejectUnsafeInput);
  app.use(
    helmet({
      crossOriginResourcePolicy: { policy: 'same-site' },
      // Helmet's defaults, plus the YouTube IFrame Player API that the web app loads to play YouTube tracks.
      contentSecurityPolicy: { directives: { scriptSrc: ["'self'", YOUTUBE], frameSrc: [YOUTUBE] } },
    }),
  );
  app.use(cookieParser());
  app.use(compressWebClient());
  app.enableCors({
    origin: config.http.corsOrigins,
    credentials: true,
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'ETag'],
  });
  app.setGlobalPrefix('api');
  answerMalformedRequests(app.getHttpServer());
  app.useWebSocketAdapter(new SocketIoAdapter(app, config));
  setupOpenApi(app);
  return app;
}
