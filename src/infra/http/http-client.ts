import { Logger } from '@nestjs/common';
import { CircuitBreaker, type CallOutcome, type CircuitBreakerOptions } from './circuit-breaker';
import { systemClock, type Clock } from '../../common/time/clock';
import { RateLimiter, RateLimitExceededError, type RateLimit } from './rate-limiter';
import { UpstreamError } from './upstream-error';

export interface HttpClientOptions {
  /** Names the upstream in errors and logs (e.g. "deezer"). */
  name: string;
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Extra attempts after a 429, a 5xx or a dropped connection (default 2). */
  retries?: number;
  /** Exponential backoff with full jitter between attempts; a longer Retry-After is not waited for. */
  backoff?: { baseMs: number; maxMs: number };
  rateLimit?: RateLimit;
  breaker?: CircuitBreakerOptions;
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
}

export interface GetJsonOptions {
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** Answer null on 404 instead of failing. */
  notFoundAsNull?: boolean;
  /** Some APIs report throttling inside a 200 body; such answers are retried like a 429. */
  isThrottled?: (body: unknown) => boolean;
}

interface Attempt {
  status: number;
  retryAfterMs?: number;
  body?: unknown;
  error?: UpstreamError;
}

const MAX_BODY_CHARS = 4 * 1024 * 1024;
const DEFAULT_BREAKER: CircuitBreakerOptions = { failureThreshold: 5, openMs: 30_000 };

/**
 * The one way the app calls outside JSON APIs: a timeout per attempt, a local rate limiter, retries with jitter
 * on 429/5xx/dropped connections, and a circuit breaker that fails fast while the service is down.
 */
export class HttpClient {
  private readonly logger: Logger;
  private readonly limiter: RateLimiter | null;
  private readonly breaker: CircuitBreaker;
  private readonly clock: Clock;

  constructor(private readonly options: HttpClientOptions) {
    this.logger = new Logger(`Http:${options.name}`);
    this.clock = options.clock ?? systemClock;
    this.limiter = options.rateLimit ? new RateLimiter(options.rateLimit, this.clock) : null;
    this.breaker = new CircuitBreaker(options.breaker ?? DEFAULT_BREAKER, this.clock);
  }

  get circuitState(): CircuitBreaker['state'] {
    return this.breaker.state;
  }

  /** GETs a URL and parses its body as JSON (whatever the Content-Type: some APIs send text/javascript). */
  async getJson(url: string, options: GetJsonOptions = {}): Promise<unknown> {
    const target = withQuery(url, options.query);
    const wait = this.breaker.tryAcquire();
    if (wait > 0) {
      throw new UpstreamError(this.options.name, 'circuit_open', `${this.options.name} is failing; not calling it for now`, {
        retryAfterMs: wait,
      });
    }
    let outcome: CallOutcome = 'skipped';
    try {
      const result = await this.withRetries(target, options);
      outcome = result.outcome;
      if (result.error) throw result.error;
      return result.body;
    } finally {
      this.breaker.report(outcome);
    }
  }

  private async withRetries(url: URL, options: GetJsonOptions): Promise<{ outcome: CallOutcome; body?: unknown; error?: UpstreamError }> {
    const retries = this.options.retries ?? 2;
    const { baseMs, maxMs } = this.options.backoff ?? { baseMs: 200, maxMs: 2_000 };
    for (let attempt = 0; ; attempt++) {
      try {
        await this.limiter?.acquire();
      } catch (error) {
        if (!(error instanceof RateLimitExceededError)) throw error;
        const limited = new UpstreamError(this.options.name, 'rate_limited', `${this.options.name}: local rate limit reached`, {
          retryAfterMs: error.retryAfterMs,
        });
        return { outcome: attempt === 0 ? 'skipped' : 'failure', error: limited };
      }
      const result = await this.attempt(url, options);
      if (!result.error) return { outcome: 'success', body: result.body };
      if (options.notFoundAsNull && result.status === 404) return { outcome: 'neutral', body: null };
      const retryable = result.status === 429 || result.status >= 500 || result.error.failure === 'network';
      const delay = Math.round((this.options.random ?? Math.random)() * Math.min(maxMs, baseMs * 2 ** attempt));
      const pause = result.retryAfterMs ?? delay;
      if (!retryable || attempt >= retries || pause > maxMs) {
        this.logger.warn({ upstream: `${url.origin}${url.pathname}`, status: result.status, failure: result.error.failure }, 'Upstream call failed');
        return { outcome: countsAsFailure(result) ? 'failure' : 'neutral', error: result.error };
      }
      await this.clock.sleep(pause);
    }
  }

  private async attempt(url: URL, options: GetJsonOptions): Promise<Attempt> {
    const name = this.options.name;
    const doFetch = this.options.fetch ?? fetch;
    let status = 0;
    let text: string;
    let retryAfterMs: number | undefined;
    try {
      const response = await doFetch(url, {
        headers: { Accept: 'application/json', ...options.headers },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'follow',
      });
      status = response.status;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.clock.nowMs());
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_BODY_CHARS) {
        await response.body?.cancel();
        return { status, error: new UpstreamError(name, 'invalid_response', `${name}: response too large`, { status }) };
      }
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const failure = timedOut ? 'timeout' : 'network';
      const message = timedOut ? `${name} did not answer within ${this.options.timeoutMs} ms` : `${name} could not be reached`;
      return { status, error: new UpstreamError(name, failure, message, { status: status || undefined, cause: error }) };
    }
    const body = parseJson(text);
    if (status < 200 || status >= 300) {
      const limited = status === 429;
      return {
        status,
        retryAfterMs,
        error: new UpstreamError(name, limited ? 'rate_limited' : 'status', `${name} answered HTTP ${status}`, {
          status,
          retryAfterMs,
          body,
        }),
      };
    }
    if (body === undefined || text.length > MAX_BODY_CHARS) {
      return { status, error: new UpstreamError(name, 'invalid_response', `${name} sent a body that is not JSON`, { status }) };
    }
    if (options.isThrottled?.(body)) {
      return { status: 429, error: new UpstreamError(name, 'rate_limited', `${name} is throttling requests`, { status, body }) };
    }
    return { status, body };
  }
}

/** Client errors (a bad query) say nothing of the service's health; auth failures and outages do. */
const countsAsFailure = (result: Attempt): boolean =>
  result.status === 0 || result.status >= 500 || [401, 403, 429].includes(result.status) || result.error?.failure === 'invalid_response';

function withQuery(url: string, query: GetJsonOptions['query']): URL {
  const target = new URL(url);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) target.searchParams.set(key, String(value));
  }
  return target;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
