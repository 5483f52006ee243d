import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type ServerObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ASYNCAPI_PATH } from './docs/asyncapi';
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
 * The committed API documents (`npm run openapi` writes them from the code, `npm run openapi:check` fails CI when
 * they are stale): beside the compiled server in dist/ (`npm run build:server` copies them), at the repository's
 * root when running from the TypeScript sources.
 */
const committedDocument = (name: 'openapi.json' | 'asyncapi.json'): string => join(__dirname, '..', name);

/**
 * Swagger UI at /api/docs, the OpenAPI document at /api/docs-json and the AsyncAPI document beside it, served from
 * the committed documents: the server never scans its routes and DTOs to build them (about 0.3 s of CPU on the
 * first request for each).
 */
export function setupOpenApi(app: INestApplication): void {
  app.getHttpAdapter().get(ASYNCAPI_PATH, (_req: Request, res: Response) => res.type('json').sendFile(committedDocument('asyncapi.json')));
  const openApi = () => JSON.parse(readFileSync(committedDocument('openapi.json'), 'utf8')) as OpenAPIObject;
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'MusicRoom API' });
}
