/**
 * The `details` of each error code: one shape per code (docs/api.md "Errors"). `details` is always present;
 * a code without an entry here has an empty object.
 */
import type { ErrorCode } from './error-codes';

/** One invalid field. `position` (0-based character offset) is set for a body that is not valid JSON. */
export interface ValidationIssue {
  field: string;
  messages: string[];
  position?: number;
}

export interface ErrorDetailsByCode {
  VALIDATION_FAILED: ValidationIssue[];
  /** `retryAfterSeconds` equals the Retry-After header; quota limits also say how much was used. */
  RATE_LIMITED: { retryAfterSeconds: number; quota?: number; used?: number };
  PAYLOAD_TOO_LARGE: { limitBytes: number };
  UNSUPPORTED_MEDIA_TYPE: { contentType: string | null; accepted: string[] };
  VERSION_CONFLICT: { currentVersion: number };
  RANGE_NOT_SATISFIABLE: { size: number };
  UNPROCESSABLE: { reason?: string; limit?: number; requested?: number };
  /** The event's maximum and the proposed track's length. */
  TRACK_TOO_LONG: { maxTrackDurationMs: number; durationMs: number };
  PROVIDER_UNAVAILABLE: { reason?: string; provider?: string };
  /** The readiness checks, by dependency: `{ status: "up" | "down" }` (why one is down goes to the log only). */
  SERVICE_UNAVAILABLE: { status: string; details?: Record<string, HealthCheckState> };
}

export interface HealthCheckState {
  status: string;
  message?: string;
}

/**
 * Every other code: an object, empty unless the code covers several cases. Then `reason` names the case
 * (snake_case, e.g. CONFLICT `already_queued`) and the other keys are its facts (scalars or lists of ids).
 */
export type CaseDetails = { reason?: string } & Record<string, string | number | boolean | null | string[] | undefined>;
export type DetailsOf<C extends ErrorCode> = C extends keyof ErrorDetailsByCode ? ErrorDetailsByCode[C] : CaseDetails;

/** The body of every error response; `details` has the shape of its code. */
export interface ErrorBody<C extends ErrorCode = ErrorCode> {
  statusCode: number;
  code: C;
  message: string;
  requestId: string;
  details: DetailsOf<C>;
}
