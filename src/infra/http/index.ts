export { HttpClient, parseRetryAfter, type GetJsonOptions, type HttpClientOptions } from './http-client';
export { UpstreamError, type UpstreamFailure } from './upstream-error';
export { RateLimiter, RateLimitExceededError, type RateLimit } from './rate-limiter';
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState, type CallOutcome } from './circuit-breaker';
