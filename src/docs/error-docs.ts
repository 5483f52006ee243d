import type { SchemaObject } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '../contracts/error-codes';
import type { ErrorDetailsByCode } from '../contracts/error-details';

/** What each code means, for people reading the OpenAPI document (docs/api.md "Errors" lists them too). */
export const ERROR_MEANINGS: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'the body, query or path is not valid; `details` lists each field',
  LOCATION_REQUIRED: 'this event only accepts votes from its area: send your location',
  INVALID_TOKEN: 'the one-time token (mail link, reset) is unknown, used or expired',
  OAUTH_STATE_INVALID: 'the sign-in did not start in this browser, or was already completed',
  UNAUTHENTICATED: 'no valid access token',
  TOKEN_EXPIRED: 'the access token expired: refresh it',
  INVALID_CREDENTIALS: 'wrong email or password (or refresh token)',
  INVALID_SIGNATURE: 'the webhook signature does not match',
  OAUTH_DENIED: 'the provider refused or the user cancelled',
  PREMIUM_REQUIRED: 'a premium plan is needed',
  FORBIDDEN: 'you may not do this here',
  EMAIL_NOT_VERIFIED: 'verify your email address first',
  EMAIL_NOT_VERIFIED_BY_PROVIDER: 'the sign-in provider has not verified this email address, so it cannot join an existing account',
  NOT_INVITED: 'only invited members may do this',
  NOT_FRIENDS: 'playback control can be delegated to friends (or hosts) only',
  DEVICE_NOT_DELEGATED: 'your delegation does not cover the device you call from',
  VOTE_OUTSIDE_AREA: 'you are outside the event area',
  VOTE_OUTSIDE_WINDOW: 'voting is closed at this time',
  NOT_FOUND: 'no such resource, or you may not see it',
  METHOD_NOT_ALLOWED: 'the method is not allowed on this path',
  CONFLICT: 'the request conflicts with the current state; `details.reason` names the case',
  VERSION_CONFLICT: 'the resource changed since you loaded it (`If-Match`)',
  PAYLOAD_TOO_LARGE: 'the body is over the limit stated in the message and `details.limitBytes`',
  UNSUPPORTED_MEDIA_TYPE: 'send the body as `application/json`',
  RANGE_NOT_SATISFIABLE: 'the requested byte range is outside the file',
  UNPROCESSABLE: 'well-formed, but cannot be carried out',
  TRACK_TOO_LONG: "the track is longer than the event's maxTrackDurationMs",
  RATE_LIMITED: 'too many requests: wait `Retry-After` seconds',
  HEADERS_TOO_LARGE: 'the request line (URL) or headers exceed the server limit',
  INTERNAL: 'an unexpected error; the `requestId` finds it in the logs',
  PROVIDER_UNAVAILABLE: 'an outside provider is not configured or not answering',
  SERVICE_UNAVAILABLE: 'a dependency (database, Redis) is unreachable',
};

const str = (maxLength: number, extra: SchemaObject = {}): SchemaObject => ({ type: 'string', maxLength, ...extra });
const int = (description: string): SchemaObject => ({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description });

const pascal = (code: string) => code.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s: string, c: string) => c.toUpperCase());
export const detailsSchemaName = (code: ErrorCode): string => (code in DETAILS_SCHEMAS ? `${pascal(code)}Details` : 'CaseDetails');

/** One `details` shape per code, as in src/contracts/error-details.ts. */
const DETAILS_SCHEMAS: Record<keyof ErrorDetailsByCode, SchemaObject> = {
  VALIDATION_FAILED: {
    type: 'array',
    maxItems: 100,
    items: {
      type: 'object',
      required: ['field', 'messages'],
      properties: {
        field: str(200, { description: 'The field, nested ones by path (`location.lat`); `body` for a body that is not JSON.' }),
        messages: { type: 'array', maxItems: 20, items: str(500) },
        position: int('For malformed JSON: the offset of the first character the parser could not accept.'),
      },
    },
  },
  RATE_LIMITED: {
    type: 'object',
    required: ['retryAfterSeconds'],
    properties: { retryAfterSeconds: int('Same as the Retry-After header.'), quota: int('Quota limits: the allowance.'), used: int('Quota limits: how much is used.') },
  },
  PAYLOAD_TOO_LARGE: { type: 'object', required: ['limitBytes'], properties: { limitBytes: int('The largest body (or file) accepted, in bytes.') } },
  UNSUPPORTED_MEDIA_TYPE: {
    type: 'object',
    required: ['contentType', 'accepted'],
    properties: {
      contentType: str(200, { nullable: true, description: 'The Content-Type sent; null when none was.' }),
      accepted: { type: 'array', maxItems: 5, items: str(100) },
    },
  },
  VERSION_CONFLICT: { type: 'object', required: ['currentVersion'], properties: { currentVersion: int('The version to reload.') } },
  RANGE_NOT_SATISFIABLE: { type: 'object', required: ['size'], properties: { size: int('The file size in bytes.') } },
  UNPROCESSABLE: {
    type: 'object',
    properties: { reason: str(60), limit: int('The limit that was reached.'), requested: int('What was asked for.') },
  },
  TRACK_TOO_LONG: {
    type: 'object',
    required: ['maxTrackDurationMs', 'durationMs'],
    properties: { maxTrackDurationMs: int("The event's maximum track length (ms)."), durationMs: int('The proposed track’s length (ms).') },
  },
  PROVIDER_UNAVAILABLE: {
    type: 'object',
    properties: { reason: str(60, { description: 'e.g. `not_configured`, `timeout`.' }), provider: str(40) },
  },
  SERVICE_UNAVAILABLE: {
    type: 'object',
    required: ['status'],
    properties: {
      status: str(20),
      details: { type: 'object', additionalProperties: { type: 'object', properties: { status: str(20), message: str(500) } } },
    },
  },
};

const CASE_DETAILS: SchemaObject = {
  type: 'object',
  description: 'Empty unless the code covers several cases: then `reason` names the case and the other keys are its facts.',
  properties: { reason: str(60) },
  additionalProperties: { nullable: true, oneOf: [str(500), { type: 'number' }, { type: 'boolean' }, { type: 'array', maxItems: 100, items: str(200) }] },
};

const ERROR_RESPONSE: SchemaObject = {
  type: 'object',
  description: 'The body of every error.',
  required: ['statusCode', 'code', 'message', 'requestId', 'details'],
  properties: {
    statusCode: { type: 'integer', format: 'int32', minimum: 400, maximum: 599 },
    code: str(40, { enum: [...ERROR_CODES], description: 'Stable: clients branch on it.' }),
    message: str(1000, { description: 'A sentence for people; may change.' }),
    requestId: str(128, { description: 'Also in the X-Request-Id header and the server logs.' }),
    details: { description: 'One shape per code: see the `…Details` schemas.' },
  },
};

export function errorSchemas(): Record<string, SchemaObject> {
  return {
    ErrorResponse: ERROR_RESPONSE,
    CaseDetails: CASE_DETAILS,
    ...Object.fromEntries(Object.entries(DETAILS_SCHEMAS).map(([code, schema]) => [detailsSchemaName(code as ErrorCode), schema])),
  };
}
