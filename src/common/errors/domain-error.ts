import { ERROR_STATUS, type ErrorCode } from '../../contracts/error-codes';
import type { DetailsOf, ErrorBody } from '../../contracts/error-details';

/**
 * A failure with a meaning the client can act on. Services throw it; the global filter turns it into the
 * contract's error body with the status bound to its code.
 */
class DomainFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorBody['details'],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** 429 with `Retry-After` and the same number in `details.retryAfterSeconds`. */
  static rateLimited(message: string, retryAfterSeconds: number, facts: { quota?: number; used?: number } = {}): DomainFailure {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new DomainFailure('RATE_LIMITED', message, { retryAfterSeconds: seconds, ...facts }, { 'Retry-After': String(seconds) });
  }

  static notFound(what = 'Resource'): DomainFailure {
    return new DomainFailure('NOT_FOUND', `${what} not found.`);
  }
}

/** `new DomainError(code, message, details?, headers?)`: `details` must have the shape documented for `code`. */
type DomainErrorConstructor = new <C extends ErrorCode>(code: C, message: string, details?: DetailsOf<C>, headers?: Record<string, string>) => DomainFailure;

export const DomainError: DomainErrorConstructor & Pick<typeof DomainFailure, 'notFound' | 'rateLimited'> = DomainFailure;
export type DomainError = DomainFailure;
