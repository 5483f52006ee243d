import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type ServerObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ASYNCAPI_PATH, buildAsyncApiDocument } from './docs/asyncapi';
import { applyErrorResponses } from './docs/openapi-errors';
import { applyLimits } from './docs/openapi-limits';
import { applyOperationDocs } from './docs/operation-docs';
import { applyTags } from './docs/openapi-tags';

const DESCRIPTION = [
  'Collaborative events with live track voting, collaborative playlists, friends and profiles.',
  'Conventions, errors, pagination and versions are described in docs/api.md. Every error has one body:',
  '`{ statusCode, code, message, requestId, details }` (schema `ErrorResponse`), and each operation lists the codes it can answer.',
  `Realtime events are delivered over Socket.IO at /socket.io: their contract is the [AsyncAPI document](${ASYNCAPI_PATH}).`,
].join(' ');

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('MusicRoom API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'Access token from sign-in or refresh: a short-lived JWT (HS256 only, `exp` always checked, session revocation checked), ' +
        'following RFC8725 (JSON Web Token Best Current Practices).',
    })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  applyErrorResponses(document);
  applyLimits(document);
  applyTags(document);
  applyOperationDocs(document);
  document.servers = [{ url: '/', description: 'This deployment (local development, staging or production): the origin serving this document; paths start with /api.', 'x-internal': false } as ServerObject];
  return document;
}

/**
 * Swagger UI at /api/docs, the OpenAPI document at /api/docs-json and the AsyncAPI document beside it. Each
 * document is built on the first request for it, so booting never pays for it.
 */
export function setupOpenApi(app: INestApplication): void {
  let asyncApi: ReturnType<typeof buildAsyncApiDocument> | undefined;
  app.getHttpAdapter().get(ASYNCAPI_PATH, (_req: Request, res: Response) => void res.json((asyncApi ??= buildAsyncApiDocument(app))));
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'MusicRoom API' });
}
