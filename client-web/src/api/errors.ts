/** One shape for every failure the UI shows: the server's error contract, or a network failure in the same shape. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly details: unknown,
    /** Seconds from the Retry-After header of a 429. */
    readonly retryAfter: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The `details` of a VALIDATION_FAILED, as field problems (empty for any other error). */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(isFieldProblem);
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, messages } = value as Record<string, unknown>;
  return typeof field === 'string' && Array.isArray(messages) && messages.every((m) => typeof m === 'string');
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Builds the ApiError for a failed response from its (already parsed) body; tolerates bodies that are not the contract. */
export function toApiError(response: Response, body: unknown): ApiError {
  const contract = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
  return new ApiError(
    response.status,
    str(contract.code) ?? `HTTP_${response.status}`,
    str(contract.message) ?? (response.statusText || `The server answered ${response.status}.`),
    str(contract.requestId) ?? response.headers.get('X-Request-Id'),
    contract.details ?? null,
    parseRetryAfter(response.headers.get('Retry-After')),
  );
}

export function networkError(cause: unknown): ApiError {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const message = offline ? 'You are offline. Check your connection and try again.' : 'The server could not be reached. Try again in a moment.';
  const error = new ApiError(0, offline ? 'OFFLINE' : 'NETWORK', message, null, null, null);
  error.cause = cause;
  return error;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any thrown value as an ApiError, so every error view has a message (and, from the server, a requestId). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT', error instanceof Error ? error.message : 'Something went wrong.', null, null, null);
}
