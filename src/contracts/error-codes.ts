/** Stable error codes of the public contract (API.md "Errors"), with the HTTP status each one answers. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  LOCATION_REQUIRED: 400,
  INVALID_TOKEN: 400,
  OAUTH_STATE_INVALID: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_SIGNATURE: 401,
  OAUTH_DENIED: 401,
  PREMIUM_REQUIRED: 402,
  FORBIDDEN: 403,
  EMAIL_NOT_VERIFIED: 403,
  EMAIL_NOT_VERIFIED_BY_PROVIDER: 403,
  NOT_INVITED: 403,
  NOT_FRIENDS: 403,
  DEVICE_NOT_DELEGATED: 403,
  VOTE_OUTSIDE_AREA: 403,
  VOTE_OUTSIDE_WINDOW: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RANGE_NOT_SATISFIABLE: 416,
  UNPROCESSABLE: 422,
  TRACK_TOO_LONG: 422,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  PROVIDER_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];


/**
 * The code an error of this status answers when nothing more specific is said: a bare HttpException or
 * middleware error (common/errors/error-mapping.ts), and a bare `@ApiXxxResponse({ description })` in the
 * OpenAPI document (docs/openapi-errors.ts).
 */
export const GENERIC_CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  402: 'PREMIUM_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};
