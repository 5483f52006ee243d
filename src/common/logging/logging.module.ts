import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../../config';
import { assignRequestId } from '../http/request-id';
import { prettyDestination } from './pretty-destination';

/** Values that must never reach a log line, wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.apiKey',
];

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Strip the query string: it may carry one-time codes and tokens (OAuth callbacks, links from mails). */
const pathOnly = (url: string | undefined): string | undefined => url?.split('?')[0];

interface AuthenticatedRequest extends IncomingMessage {
  user?: { id?: string };
}

@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    const options: Options = {
      level: config.log.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage, res: ServerResponse) => assignRequestId(req, res),
      customProps: (req: IncomingMessage) => ({
        client: {
          platform: header(req, 'x-client-platform'),
          device: header(req, 'x-client-device'),
          appVersion: header(req, 'x-client-app-version'),
        },
        userId: (req as AuthenticatedRequest).user?.id,
      }),
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, unknown>; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: pathOnly(req.url),
          headers: req.headers,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req: IncomingMessage) => pathOnly(req.url) === '/api/health' },
    };
    const stream = destination ?? (config.env === 'development' ? prettyDestination() : undefined);
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: stream ? [options, stream] : options })],
    };
  }
}
