import { ERROR_STATUS, type ErrorCode } from '../../contracts/error-codes';

/**
 * A failure with a meaning the client can act on. Services throw it; the global filter turns it into the
 * contract's error body with the status bound to its code.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static notFound(what = 'Resource'): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found.`);
  }
}
