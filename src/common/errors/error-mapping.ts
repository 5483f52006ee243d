import { HttpException } from '@nestjs/common';
import { ERROR_STATUS, GENERIC_CODE_OF_STATUS, type ErrorCode } from '../../contracts/error-codes';
import type { ErrorBody } from '../../contracts/error-details';
import { formatBytes } from '../http/byte-size';
import { jsonErrorPosition } from '../http/json-error-position';
import { DomainError } from './domain-error';
import { isDatabaseUnavailable } from './unavailable';

export interface MappedError {
  status: number;
  code: ErrorCode;
  message: string;
  details: ErrorBody['details'];
  headers?: Record<string, string>;
  /** Unexpected: log the stack, show nothing of it. */
  isUnexpected: boolean;
}

/** `details` when the error brought none: `[]` for VALIDATION_FAILED, `{}` otherwise (docs/api.md "Errors"). */
export const emptyDetails = (code: ErrorCode): ErrorBody['details'] => (code === 'VALIDATION_FAILED' ? [] : {});

/** Errors thrown by body-parser and similar middleware carry `type`, `status` and `expose`. */
interface MiddlewareError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  limit?: number;
  /** The raw text, on a JSON parse failure. */
  body?: unknown;
  message: string;
}

const isMiddlewareError = (error: unknown): error is MiddlewareError =>
  error instanceof Error && typeof (error as MiddlewareError).type === 'string';

const unexpected = (): MappedError => ({ status: 500, code: 'INTERNAL', message: 'An unexpected error occurred.', details: {}, isUnexpected: true });

export function mapError(error: unknown): MappedError {
  if (error instanceof DomainError) {
    const code: ErrorCode = error.code;
    return { status: error.status, code, message: error.message, details: error.details ?? emptyDetails(code), headers: error.headers, isUnexpected: false };
  }
  // Nest's Express adapter wraps body-parser errors in an HttpException; the original is the cause.
  if (error instanceof HttpException && isMiddlewareError(error.cause)) return fromMiddlewareError(error.cause);
  if (error instanceof HttpException) return fromHttpException(error);
  if (isMiddlewareError(error)) return fromMiddlewareError(error);
  if (isDatabaseUnavailable(error)) {
    const message = 'The database cannot be reached right now. Try again in a few seconds.';
    const details = { status: 'error', details: { database: { status: 'down', message: 'unreachable' } } };
    return { status: 503, code: 'SERVICE_UNAVAILABLE', message, details, headers: { 'Retry-After': '5' }, isUnexpected: false };
  }
  return unexpected();
}

function fromHttpException(error: HttpException): MappedError {
  const status = error.getStatus();
  const response = error.getResponse();
  const body = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const explicitCode = typeof body.code === 'string' && body.code in ERROR_STATUS ? (body.code as ErrorCode) : undefined;
  const code = explicitCode ?? GENERIC_CODE_OF_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
  const rawMessage = typeof response === 'string' ? response : body.message;
  const message =
    status >= 500 && !explicitCode
      ? status === 503 ? 'The service is temporarily unavailable.' : 'An unexpected error occurred.'
      : typeof rawMessage === 'string'
        ? rawMessage
        : Array.isArray(rawMessage)
          ? rawMessage.join('; ')
          : error.message;
  return { status, code, message, details: emptyDetails(code), isUnexpected: status >= 500 && status !== 503 && !explicitCode };
}

function fromMiddlewareError(error: MiddlewareError): MappedError {
  const status = error.status ?? error.statusCode ?? 500;
  switch (error.type) {
    case 'entity.parse.failed': {
      const position = typeof error.body === 'string' ? jsonErrorPosition(error.body) : null;
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Malformed JSON body',
        details: [{ field: 'body', messages: [error.message], ...(position === null ? {} : { position }) }],
        isUnexpected: false,
      };
    }
    case 'entity.too.large': {
      const limitBytes = error.limit ?? 0;
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than the limit of ${formatBytes(limitBytes)}.`,
        details: { limitBytes },
        isUnexpected: false,
      };
    }
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: error.message,
        details: { contentType: null, accepted: ['application/json; charset=utf-8'] },
        isUnexpected: false,
      };
    default: {
      const code = GENERIC_CODE_OF_STATUS[status] ?? 'VALIDATION_FAILED';
      if (status >= 400 && status < 500 && error.expose) return { status, code, message: error.message, details: emptyDetails(code), isUnexpected: false };
      return unexpected();
    }
  }
}
