import { METHOD_METADATA } from '@nestjs/common/constants';
import type { ErrorCode } from '../../contracts/error-codes';

/** The OpenAPI extension the document builder reads to write each error response (src/docs/openapi-errors.ts). */
export const ERROR_CODES_EXTENSION = 'x-error-codes';
/** Where @nestjs/swagger keeps an operation's extensions (its ApiExtension decorator would replace, not add). */
const SWAGGER_EXTENSIONS = 'swagger/apiExtension';

type Handler = (...args: never[]) => unknown;

function addCodes(handler: Handler, codes: ErrorCode[]): void {
  const extensions = (Reflect.getMetadata(SWAGGER_EXTENSIONS, handler) ?? {}) as Record<string, unknown>;
  const known = (extensions[ERROR_CODES_EXTENSION] ?? []) as ErrorCode[];
  Reflect.defineMetadata(SWAGGER_EXTENSIONS, { ...extensions, [ERROR_CODES_EXTENSION]: [...new Set([...known, ...codes])] }, handler);
}

const routeHandlers = (controller: { prototype: object }): Handler[] =>
  Object.getOwnPropertyNames(controller.prototype)
    .map((name) => Object.getOwnPropertyDescriptor(controller.prototype, name)?.value as unknown)
    .filter((value): value is Handler => typeof value === 'function' && Reflect.hasMetadata(METHOD_METADATA, value));

/**
 * Declares the error codes an operation (or every operation of a controller) answers besides the ones every
 * route shares; repeated uses add up. The OpenAPI document gets one response per status, derived from each
 * code's status, with the `ErrorResponse` schema narrowed to those codes and their `details` shapes (and
 * `Retry-After` on 429 and 503). Shared codes are added for you: 413 and 415 for JSON bodies, 404 NOT_FOUND
 * for routes with a path parameter, 401 UNAUTHENTICATED / TOKEN_EXPIRED and 503 SERVICE_UNAVAILABLE for
 * signed-in routes, 403 EMAIL_NOT_VERIFIED for their writes, 400 VALIDATION_FAILED, 429 RATE_LIMITED and
 * 500 INTERNAL everywhere. Declare the rest, as read from the service paths: the test suites fail on any
 * error response that openapi.json does not list (test/support/error-coverage.ts).
 *
 *   @ApiErrors('NOT_FOUND', 'FORBIDDEN', 'VERSION_CONFLICT')
 */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) addCodes(descriptor.value as Handler, codes);
    else for (const handler of routeHandlers(target as { prototype: object })) addCodes(handler, codes);
  };
}
