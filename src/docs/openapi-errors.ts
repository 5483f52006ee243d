import type { HeaderObject, OpenAPIObject, OperationObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { ERROR_CODES_EXTENSION } from '../common/http/api-errors.decorator';
import { ERROR_STATUS, GENERIC_CODE_OF_STATUS, type ErrorCode } from '../contracts/error-codes';
import { detailsSchemaName, ERROR_MEANINGS, errorSchemas } from './error-docs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

const RATE_LIMIT_HEADERS: Record<string, HeaderObject> = {
  'X-RateLimit-Limit': { description: 'Requests allowed per minute (per user, or per IP when signed out).', schema: seconds(0) },
  'X-RateLimit-Remaining': { description: 'Requests left in the current minute.', schema: seconds(0) },
  'X-RateLimit-Reset': { description: 'Seconds until the current minute ends.', schema: seconds(0) },
};
const RETRY_AFTER: HeaderObject = { description: 'Seconds to wait before trying again.', schema: seconds(1) };
const CORS_ORIGIN: HeaderObject = {
  description: 'Sent back when the request Origin is on the allow-list (CORS_ORIGINS); credentials are allowed for those origins.',
  schema: { type: 'string', maxLength: 2048 },
};

function seconds(minimum: number): SchemaObject {
  return { type: 'integer', format: 'int32', minimum, maximum: 86_400 * 366 };
}

const headerRefs = (names: string[]) => Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

/** Codes every operation of this shape can answer, whatever it declares. */
function sharedCodes(operation: OperationObject, method: string): ErrorCode[] {
  // Any request is refused with 400 when its URL holds what no route accepts (a NUL character: input-guard.ts).
  const codes: ErrorCode[] = ['RATE_LIMITED', 'INTERNAL', 'VALIDATION_FAILED'];
  const content = operation.requestBody && 'content' in operation.requestBody ? operation.requestBody.content : {};
  if (content['application/json']) codes.push('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (content['multipart/form-data']) codes.push('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE');
  const parameters = (operation.parameters ?? []).filter((p) => 'in' in p);
  if (parameters.length > 0) codes.push('VALIDATION_FAILED');
  // A resource named in the path may not exist, or not be visible to the caller.
  if (parameters.some((p) => 'in' in p && p.in === 'path')) codes.push('NOT_FOUND');
  if ((operation.security ?? []).length > 0) {
    // The session behind the token is read from the database on every request: unreachable, it is a 503.
    codes.push('UNAUTHENTICATED', 'TOKEN_EXPIRED', 'SERVICE_UNAVAILABLE');
    if (method !== 'get') codes.push('EMAIL_NOT_VERIFIED');
  }
  return codes;
}

function errorResponse(status: number, codes: ErrorCode[], note: string | undefined): ResponseObject {
  const details = [...new Set(codes.map(detailsSchemaName))].map((name) => ({ $ref: `#/components/schemas/${name}` }));
  const schema: SchemaObject = {
    allOf: [
      { $ref: '#/components/schemas/ErrorResponse' },
      { type: 'object', properties: { code: { type: 'string', enum: codes, maxLength: 40 }, details: details.length === 1 ? details[0] : { oneOf: details } } },
    ],
  };
  const lines = codes.map((code) => `\`${code}\`: ${ERROR_MEANINGS[code]}.`);
  return {
    description: [note, ...lines].filter(Boolean).join(' '),
    headers: headerRefs([...(status === 429 || status === 503 ? ['Retry-After'] : []), ...(status < 500 ? Object.keys(RATE_LIMIT_HEADERS) : []), 'Access-Control-Allow-Origin']),
    content: { 'application/json': { schema } },
  };
}

function documentErrors(operation: OperationObject, method: string): void {
  const { [ERROR_CODES_EXTENSION]: declaredCodes, ...rest } = operation as OperationObject & Record<string, unknown>;
  const declared = (declaredCodes ?? []) as ErrorCode[];
  for (const key of Object.keys(operation)) if (!(key in rest)) Reflect.deleteProperty(operation, key);
  const notes = new Map<number, string>();
  const codes = new Set<ErrorCode>([...declared, ...sharedCodes(operation, method)]);
  const responses = operation.responses as Record<string, ResponseObject | ReferenceObject>;
  for (const [key, response] of Object.entries(responses)) {
    const status = Number(key);
    if (status < 400 || '$ref' in response || response.content) continue;
    if (response.description && !ERROR_CODES_SAID(response.description)) notes.set(status, response.description);
    const fallback = GENERIC_CODE_OF_STATUS[status];
    const hasOwn = [...codes].some((code) => ERROR_STATUS[code] === status);
    if (!hasOwn && fallback) codes.add(fallback);
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) operation.responses[String(status)] = errorResponse(status, group.sort(), notes.get(status));
  for (const [key, response] of Object.entries(responses)) {
    if (/^[23]/.test(key) && !('$ref' in response)) {
      response.headers = { ...response.headers, ...headerRefs([...Object.keys(RATE_LIMIT_HEADERS), 'Access-Control-Allow-Origin']) };
    }
  }
}

/** A description that only restates a code ("RATE_LIMITED, with Retry-After.") adds nothing to the generated one. */
const ERROR_CODES_SAID = (description: string) => /^[A-Z_]+(,|\.|\s\(|$)/.test(description.trim());

/**
 * Every operation's error responses, from `@ApiErrors(...)`, bare `@ApiXxxResponse` declarations and the
 * codes its shape implies, each with the shared `ErrorResponse` schema narrowed to its codes; rate-limit
 * headers on every response the limiter can touch.
 */
export function applyErrorResponses(document: OpenAPIObject): void {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...errorSchemas() },
    headers: { ...document.components?.headers, ...RATE_LIMIT_HEADERS, 'Retry-After': RETRY_AFTER, 'Access-Control-Allow-Origin': CORS_ORIGIN },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) documentErrors(operation, method);
    }
  }
}
