import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ASYNCAPI_PATH, buildAsyncApiDocument } from './docs/asyncapi';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('MusicRoom API')
    .setDescription(
      'Collaborative events with live track voting, collaborative playlists, friends and profiles. ' +
        'Errors share one body: `{ statusCode, code, message, requestId, details }` (see docs/api.md). Realtime events are ' +
        `delivered over Socket.IO at /socket.io: their contract is the [AsyncAPI document](${ASYNCAPI_PATH}).`,
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
}

/** Swagger UI at /api/docs, the OpenAPI document at /api/docs-json and the AsyncAPI document beside it. */
export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  const asyncApi = buildAsyncApiDocument(app);
  app.getHttpAdapter().get(ASYNCAPI_PATH, (_req: Request, res: Response) => void res.json(asyncApi));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'MusicRoom API' });
}
