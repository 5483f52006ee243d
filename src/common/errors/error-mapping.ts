import { HttpException } from '@nestjs/common';
import { ERROR_STATUS, type ErrorCode, type ValidationIssue } from '../../contracts/error-codes';
import { DomainError } from './domain-error';
import { isDatabaseUnavailable } from './unavailable';

export interface MappedError {
  status: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
  headers?: Record<string, string>;
  /** Unexpected: log the stack, show nothing of it. */
  isUnexpected: boolean;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
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

/** Errors thrown by body-parser and similar middleware carry `type`, `status` and `expose`. */
interface MiddlewareError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message: string;
}

const isMiddlewareError = (error: unknown): error is MiddlewareError =>
  error instanceof Error && typeof (error as MiddlewareError).type === 'string';

export function mapError(error: unknown): MappedError {
  if (error instanceof DomainError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details, headers: error.headers, isUnexpected: false };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (isMiddlewareError(error)) return fromMiddlewareError(error);
  if (isDatabaseUnavailable(error)) {
    const message = 'The database cannot be reached right now. Try again in a few seconds.';
    return { status: 503, code: 'SERVICE_UNAVAILABLE', message, details: {}, headers: { 'Retry-After': '5' }, isUnexpected: false };
  }
  return { status: 500, code: 'INTERNAL', message: 'An unexpected error occurred.', isUnexpected: true };
}

function fromHttpException(error: HttpException): MappedError {
  const status = error.getStatus();
  const response = error.getResponse();
  const body = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const explicitCode = typeof body.code === 'string' && body.code in ERROR_STATUS ? (body.code as ErrorCode) : undefined;
  const code = explicitCode ?? STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
  const rawMessage = typeof response === 'string' ? response : body.message;
  const message =
    status >= 500 && !explicitCode
      ? status === 503 ? 'The service is temporarily unavailable.' : 'An unexpected error occurred.'
      : typeof rawMessage === 'string'
        ? rawMessage
        : Array.isArray(rawMessage)
          ? rawMessage.join('; ')
          : error.message;
  const details = body.details ?? (code === 'VALIDATION_FAILED' ? [] : undefined);
  return { status, code, message, details, isUnexpected: status >= 500 && status !== 503 && !explicitCode };
}

function fromMiddlewareError(error: MiddlewareError): MappedError {
  const status = error.status ?? error.statusCode ?? 500;
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON.', details: [] satisfies ValidationIssue[], isUnexpected: false };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.', isUnexpected: false };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: error.message, isUnexpected: false };
    default:
      if (status >= 400 && status < 500 && error.expose) {
        return { status, code: STATUS_CODES[status] ?? 'VALIDATION_FAILED', message: error.message, isUnexpected: false };
      }
      return { status: 500, code: 'INTERNAL', message: 'An unexpected error occurred.', isUnexpected: true };
  }
}

