/** Why a call to an outside service did not produce a usable answer. */
export type UpstreamFailure =
  | 'timeout'
  | 'network'
  | 'status'
  | 'rate_limited'
  | 'circuit_open'
  | 'invalid_response';

export interface UpstreamErrorOptions {
  status?: number;
  /** How long the caller should wait before trying again, when known. */
  retryAfterMs?: number;
  /** The parsed error body the upstream sent, when it sent JSON. */
  body?: unknown;
  cause?: unknown;
}

/** An outside service failed; adapters translate it into a domain error. */
export class UpstreamError extends Error {
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly body?: unknown;

  constructor(
    readonly upstream: string,
    readonly failure: UpstreamFailure,
    message: string,
    options: UpstreamErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'UpstreamError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.body = options.body;
  }
}
